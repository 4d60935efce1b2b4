package vn.diemtua.metrics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.metrics.formula.Leaf;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The unit-month frame the metrics are computed from: every unit expected to report in a month
 * (from the reference list valid that month) joined with the units that did report. A row has
 * the keys of commune_month (null when the unit did not report), {@value Leaf#EXPECTED_COLUMN}
 * (1 for an expected unit) and {@value Leaf#REPORTED_COLUMN}.
 *
 * <p>Denominator: every commune-level unit on the list valid that month is expected (10,035
 * before 2025-07, 3,321 from then), whatever its type, since each receives the template; see
 * docs/metrics.md for the alternatives.
 */
public final class UnitMonths {
    private static final String MA_XA = SubmissionKey.MA_XA.key();
    private static final String MONTH = SubmissionKey.KY_BAO_CAO.key();

    private UnitMonths() {
    }

    /**
     * Units expected to report in each of the given months: {@code ma_xa, ky_bao_cao,
     * province_code, district_code}.
     *
     * @param months a frame with one column {@code ky_bao_cao}, distinct first-of-month dates
     */
    public static Dataset<Row> expected(MetricsReference reference, Dataset<Row> months) {
        Dataset<Row> units = reference.units(months.sparkSession());
        Column valid = col(MetricsReference.VALID_FROM).isNull().or(col(MONTH).geq(col(MetricsReference.VALID_FROM)))
                .and(col(MetricsReference.VALID_TO).isNull().or(col(MONTH).lt(col(MetricsReference.VALID_TO))));
        return units.crossJoin(broadcast(months)).where(valid)
                .select(col(MA_XA), col(MONTH), col(CommuneMonthSchema.PROVINCE_CODE), col(CommuneMonthSchema.DISTRICT_CODE));
    }

    /**
     * The unit-month frame of commune_month rows: the units expected in every month that has at
     * least one report (a month nobody reported in is not loaded yet, not 0% complete).
     */
    public static Dataset<Row> of(Dataset<Row> communeMonth, MetricsReference reference) {
        Dataset<Row> months = communeMonth.select(col(MONTH)).distinct();
        return of(communeMonth, expected(reference, months));
    }

    /**
     * Joins commune_month rows with the expected units. Units that reported but are not on the
     * list (should not happen after validation) count as reported and not expected.
     */
    public static Dataset<Row> of(Dataset<Row> communeMonth, Dataset<Row> expected) {
        List<Column> reported = new ArrayList<>();
        for (SubmissionKey key : SubmissionKey.values()) {
            reported.add(col(key.key()));
        }
        reported.add(col(CommuneMonthSchema.PROVINCE_CODE).as("r_province"));
        reported.add(col(CommuneMonthSchema.DISTRICT_CODE).as("r_district"));
        reported.add(lit(true).as(Leaf.REPORTED_COLUMN));
        Dataset<Row> grid = expected.select(col(MA_XA), col(MONTH),
                col(CommuneMonthSchema.PROVINCE_CODE).as("e_province"), col(CommuneMonthSchema.DISTRICT_CODE).as("e_district"),
                lit(1).as(Leaf.EXPECTED_COLUMN));
        Dataset<Row> joined = communeMonth.select(reported.toArray(Column[]::new))
                .join(grid, scala.jdk.javaapi.CollectionConverters.asScala(Arrays.asList(MA_XA, MONTH)).toSeq(), "full_outer");
        return joined
                .withColumn(CommuneMonthSchema.PROVINCE_CODE, coalesce(col("r_province"), col("e_province")))
                .withColumn(CommuneMonthSchema.DISTRICT_CODE, coalesce(col("r_district"), col("e_district")))
                .withColumn(Leaf.REPORTED_COLUMN, coalesce(col(Leaf.REPORTED_COLUMN), lit(false)))
                .withColumn(Leaf.EXPECTED_COLUMN, coalesce(col(Leaf.EXPECTED_COLUMN), lit(0)))
                .drop("r_province", "r_district", "e_province", "e_district");
    }
}
