package vn.diemtua.report;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import vn.diemtua.model.WindowValuesSchema;
import vn.diemtua.warehouse.Warehouse;

import java.sql.Date;
import java.util.Set;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static vn.diemtua.model.MetricValuesSchema.DENOMINATOR;
import static vn.diemtua.model.MetricValuesSchema.GEOGRAPHY;
import static vn.diemtua.model.MetricValuesSchema.KY_BAO_CAO;
import static vn.diemtua.model.MetricValuesSchema.LEVEL;
import static vn.diemtua.model.MetricValuesSchema.METRIC_ID;
import static vn.diemtua.model.MetricValuesSchema.NATION;
import static vn.diemtua.model.MetricValuesSchema.NUMERATOR;
import static vn.diemtua.model.MetricValuesSchema.PARENT_CODE;
import static vn.diemtua.model.MetricValuesSchema.PROVINCE;
import static vn.diemtua.model.MetricValuesSchema.TARGET_OPERATOR;
import static vn.diemtua.model.MetricValuesSchema.TARGET_VALUE;
import static vn.diemtua.model.MetricValuesSchema.UNIT_CODE;
import static vn.diemtua.model.MetricValuesSchema.UNIT_NAME;
import static vn.diemtua.model.MetricValuesSchema.VALUE;

/**
 * The window comparison recombined from the monthly rows of {@code metric_values}, for the provinces
 * and the nation: a ratio is the ratio of the window's summed numerators and denominators, a count
 * the sum of its months, and a stock metric (its value at a month's end) its value at the last month.
 *
 * <p>The report reads only {@code metric_values} and {@code reporting_rates} at the versions it
 * pinned, so its window comes from there too. This holds for the report plan's metrics (sums,
 * ratios of sums, stocks); the extract's {@code window_values} come from the metrics step's
 * {@code WindowComparison} over {@code commune_month}, and DemoIT checks that the two agree.
 */
public final class MonthlyWindowValues implements WindowValuesSource {
    private final Set<String> stocks;

    public MonthlyWindowValues(Set<String> stocks) {
        this.stocks = Set.copyOf(stocks);
    }

    @Override
    public Dataset<Row> compute(Warehouse warehouse, DataVersion version, Dataset<Row> metricValues, String geography,
                                ReportWindow window) {
        return compute(metricValues, geography, window);
    }

    /** The comparison as a plain function of the monthly rows. */
    public Dataset<Row> compute(Dataset<Row> metricValues, String geography, ReportWindow window) {
        Dataset<Row> rows = metricValues.filter(col(GEOGRAPHY).equalTo(lit(geography))
                .and(col(LEVEL).isin(PROVINCE, NATION)));
        Dataset<Row> current = over(rows, window, "w_");
        Dataset<Row> prior = over(rows, window.prior(), "p_");
        Dataset<Row> joined = current.join(prior, new String[]{METRIC_ID, GEOGRAPHY, LEVEL, UNIT_CODE}, "full_outer");
        Column value = col("w_value");
        Column priorValue = col("p_value");
        Column change = value.minus(priorValue);
        return joined.select(col(METRIC_ID), col(GEOGRAPHY), col(LEVEL), col(UNIT_CODE),
                coalesce(col("w_name"), col("p_name")).as(UNIT_NAME),
                coalesce(col("w_parent"), col("p_parent")).as(PARENT_CODE),
                lit(Date.valueOf(window.firstDay())).as(WindowValuesSchema.WINDOW_FROM),
                lit(Date.valueOf(window.lastMonthDay())).as(WindowValuesSchema.WINDOW_TO),
                value.as(WindowValuesSchema.WINDOW_VALUE),
                priorValue.as(WindowValuesSchema.PRIOR_VALUE),
                change.as(WindowValuesSchema.CHANGE),
                try_divide(change, when(priorValue.notEqual(lit(0.0)), priorValue)).as(WindowValuesSchema.CHANGE_PCT),
                coalesce(col("w_operator"), col("p_operator")).as(TARGET_OPERATOR),
                coalesce(col("w_target"), col("p_target")).as(TARGET_VALUE),
                lit(null).cast(DataTypes.DoubleType).as("attainment"),
                lit(null).cast(DataTypes.DoubleType).as("gap"));
    }

    private Dataset<Row> over(Dataset<Row> rows, ReportWindow window, String prefix) {
        Column ratio = try_divide(sum(col(NUMERATOR)), sum(col(DENOMINATOR)));
        Column value = when(col(METRIC_ID).isin(stocks.toArray()), max_by(col(VALUE), col(KY_BAO_CAO)))
                .when(count(col(DENOMINATOR)).gt(0), ratio)
                .otherwise(sum(col(VALUE)));
        return rows.filter(col(KY_BAO_CAO).between(lit(Date.valueOf(window.firstDay())),
                        lit(Date.valueOf(window.lastMonthDay()))))
                .groupBy(col(METRIC_ID), col(GEOGRAPHY), col(LEVEL), col(UNIT_CODE))
                .agg(value.cast(DataTypes.DoubleType).as(prefix + "value"),
                        max_by(col(UNIT_NAME), col(KY_BAO_CAO)).as(prefix + "name"),
                        max_by(col(PARENT_CODE), col(KY_BAO_CAO)).as(prefix + "parent"),
                        first(col(TARGET_OPERATOR), true).as(prefix + "operator"),
                        first(col(TARGET_VALUE), true).as(prefix + "target"));
    }
}
