package vn.diemtua.ingest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.HeadquartersStatus;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.validation.ReasonCode;

import java.sql.Date;
import java.util.Arrays;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The warning {@code HQ_STATUS_BACKWARDS}: a unit's headquarters status behind its status of the
 * previous month (in use → under construction, …). A unit is a code within its validity period,
 * so a code reused across 2025-07-01 for another unit is never compared with its old unit.
 */
public final class HeadquartersRegression {
    private static final String WARNING = ReasonCode.HQ_STATUS_BACKWARDS.name();
    private static final String TRU_SO = SubmissionKey.TRU_SO.key();
    /** Stands for "valid since before any submission" (the pre-2025 units have no start). */
    private static final Date SINCE_EVER = Date.valueOf("1900-01-01");
    private static final String UNIT_CODE = "_unit_code";
    private static final String UNIT_FROM = "_unit_from";
    private static final String UNIT_TO = "_unit_to";
    private static final String UNIT = "_unit";
    private static final String PREV_CODE = "_prev_code";
    private static final String PREV_NEXT_MONTH = "_prev_next_month";
    private static final String PREV_UNIT = "_prev_unit";
    private static final String PREV_RANK = "_prev_rank";

    private HeadquartersRegression() {
    }

    /**
     * Sets or clears the warning on each current row, comparing with the row of the previous month
     * in the same frame.
     *
     * @param current rows of {@link CommuneMonthSchema#currentSchema()}: the rows to flag and the
     *                rows of their previous months
     * @param units   the {@code units} table ({@code ma_xa}, {@code valid_from}, {@code valid_to})
     */
    public static Dataset<Row> flag(Dataset<Row> current, Dataset<Row> units) {
        Dataset<Row> periods = units.select(col("ma_xa").as(UNIT_CODE), col("valid_from").as(UNIT_FROM),
                col("valid_to").as(UNIT_TO));
        Column month = col(Revisions.KY_BAO_CAO);
        Column validThen = col(Revisions.MA_XA).equalTo(col(UNIT_CODE))
                .and(col(UNIT_FROM).isNull().or(month.geq(col(UNIT_FROM))))
                .and(col(UNIT_TO).isNull().or(month.lt(col(UNIT_TO))));
        Dataset<Row> withUnit = current.join(broadcast(periods), validThen, "left")
                .withColumn(UNIT, coalesce(col(UNIT_FROM), lit(SINCE_EVER)))
                .drop(UNIT_CODE, UNIT_FROM, UNIT_TO);
        Dataset<Row> previous = withUnit.select(col(Revisions.MA_XA).as(PREV_CODE),
                add_months(month, 1).as(PREV_NEXT_MONTH), col(UNIT).as(PREV_UNIT), rank(col(TRU_SO)).as(PREV_RANK));
        Column samePreviousUnit = col(Revisions.MA_XA).equalTo(col(PREV_CODE))
                .and(month.equalTo(col(PREV_NEXT_MONTH))).and(col(UNIT).equalTo(col(PREV_UNIT)));
        Column backwards = col(PREV_RANK).gt(rank(col(TRU_SO)));
        Column warnings = col(CommuneMonthSchema.WARNINGS);
        Column flagged = when(backwards, array_union(warnings, array(lit(WARNING))))
                .otherwise(array_remove(warnings, WARNING));
        return withUnit.join(previous, samePreviousUnit, "left")
                .withColumn(CommuneMonthSchema.WARNINGS, flagged)
                .select(Arrays.stream(current.columns()).map(c -> col(c)).toArray(Column[]::new));
    }

    /** The place of a status in the order a headquarters progresses; null if not reported. */
    private static Column rank(Column status) {
        Column rank = lit(null).cast("int");
        for (HeadquartersStatus s : HeadquartersStatus.values()) {
            rank = when(status.equalTo(lit(s.code())), lit(s.ordinal())).otherwise(rank);
        }
        return rank;
    }
}
