package vn.diemtua.metrics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.metrics.formula.Leaf;
import vn.diemtua.metrics.formula.ReportDue;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.SubmissionKey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

/**
 * {@code reporting_rates}: per province and for the nation, as reported, per month: units expected
 * to report (on the reference list valid that month, see {@link UnitMonths}), units that reported,
 * and of those the ones on time (sent by the due date, the 5th of the next month), late, or
 * without a sending date. Completeness = reported / expected, timeliness = on time / expected.
 */
public final class ReportingRates {
    public static final String DUE_DATE = "due_date";
    public static final String EXPECTED_UNITS = "expected_units";
    public static final String REPORTED_UNITS = "reported_units";
    public static final String ON_TIME_UNITS = "on_time_units";
    public static final String LATE_UNITS = "late_units";
    public static final String UNDATED_UNITS = "undated_units";
    public static final String COMPLETENESS = "completeness";
    public static final String TIMELINESS = "timeliness";

    private ReportingRates() {
    }

    public static StructType schema() {
        return new StructType()
                .add(MetricValuesSchema.LEVEL, DataTypes.StringType, false)
                .add(MetricValuesSchema.UNIT_CODE, DataTypes.StringType, false)
                .add(MetricValuesSchema.UNIT_NAME, DataTypes.StringType, true)
                .add(MetricValuesSchema.KY_BAO_CAO, DataTypes.DateType, false)
                .add(DUE_DATE, DataTypes.DateType, false)
                .add(EXPECTED_UNITS, DataTypes.LongType, false)
                .add(REPORTED_UNITS, DataTypes.LongType, false)
                .add(ON_TIME_UNITS, DataTypes.LongType, false)
                .add(LATE_UNITS, DataTypes.LongType, false)
                .add(UNDATED_UNITS, DataTypes.LongType, false)
                .add(COMPLETENESS, DataTypes.DoubleType, true)
                .add(TIMELINESS, DataTypes.DoubleType, true);
    }

    /** @param unitMonths the frame of {@link UnitMonths#of} */
    public static Dataset<Row> compute(Dataset<Row> unitMonths, MetricsReference reference) {
        Column month = col(SubmissionKey.KY_BAO_CAO.key());
        Column sent = col(SubmissionKey.NGAY_GUI.key());
        Column reported = col(Leaf.REPORTED_COLUMN);
        Dataset<Row> flags = unitMonths.select(
                col(CommuneMonthSchema.PROVINCE_CODE).as(MetricValuesSchema.UNIT_CODE), month,
                col(Leaf.EXPECTED_COLUMN).cast(DataTypes.LongType).as(EXPECTED_UNITS),
                count(reported).as(REPORTED_UNITS),
                count(reported.and(ReportDue.onTime(sent, month))).as(ON_TIME_UNITS),
                count(reported.and(sent.gt(ReportDue.dueDate(month)))).as(LATE_UNITS),
                count(reported.and(sent.isNull())).as(UNDATED_UNITS));
        Column[] totals = {sum(EXPECTED_UNITS).as(EXPECTED_UNITS), sum(REPORTED_UNITS).as(REPORTED_UNITS),
                sum(ON_TIME_UNITS).as(ON_TIME_UNITS), sum(LATE_UNITS).as(LATE_UNITS), sum(UNDATED_UNITS).as(UNDATED_UNITS)};
        Dataset<Row> provinces = flags.groupBy(col(MetricValuesSchema.UNIT_CODE), month)
                .agg(totals[0], java.util.Arrays.copyOfRange(totals, 1, totals.length))
                .withColumn(MetricValuesSchema.LEVEL, lit(Level.PROVINCE.code()));
        Dataset<Row> nation = provinces.groupBy(month)
                .agg(totals[0], java.util.Arrays.copyOfRange(totals, 1, totals.length))
                .withColumn(MetricValuesSchema.UNIT_CODE, lit(MetricValuesSchema.NATION_CODE))
                .withColumn(MetricValuesSchema.LEVEL, lit(Level.NATION.code()));
        Dataset<Row> both = provinces.unionByName(nation);
        Dataset<Row> named = UnitNames.attach(both, reference, month);
        return named.select(
                col(MetricValuesSchema.LEVEL), col(MetricValuesSchema.UNIT_CODE), col(MetricValuesSchema.UNIT_NAME), month,
                ReportDue.dueDate(month).as(DUE_DATE),
                col(EXPECTED_UNITS), col(REPORTED_UNITS), col(ON_TIME_UNITS), col(LATE_UNITS), col(UNDATED_UNITS),
                try_divide(col(REPORTED_UNITS).cast(DataTypes.DoubleType), col(EXPECTED_UNITS)).as(COMPLETENESS),
                try_divide(col(ON_TIME_UNITS).cast(DataTypes.DoubleType), col(EXPECTED_UNITS)).as(TIMELINESS));
    }

    /** 1 where the condition holds, else 0: a unit counted once. */
    private static Column count(Column condition) {
        return when(condition, lit(1L)).otherwise(lit(0L));
    }
}
