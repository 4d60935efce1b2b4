package vn.diemtua.extracts;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.WindowValuesSchema;

import java.util.Arrays;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The metric tables cut to a window and a geography, copied as the metrics step wrote them
 * (values, trends, targets): the extract adds nothing, so its figures are the charts' figures.
 */
public final class WindowSlices {
    /** {@code reporting_rates} as the extract lays it out; counts BIGINT, rates 0 to 1. */
    public static final StructType REPORTING_RATES = new StructType()
            .add(MetricValuesSchema.LEVEL, DataTypes.StringType, false)
            .add(MetricValuesSchema.UNIT_CODE, DataTypes.StringType, false)
            .add(MetricValuesSchema.KY_BAO_CAO, DataTypes.DateType, false)
            .add("expected_units", DataTypes.LongType, true)
            .add("reported_units", DataTypes.LongType, true)
            .add("on_time_units", DataTypes.LongType, true)
            .add("completeness", DataTypes.DoubleType, true)
            .add("timeliness", DataTypes.DoubleType, true);

    private WindowSlices() {
    }

    /** Every metric, level and unit of the geography, for the months of the window. */
    public static Dataset<Row> metricValues(Dataset<Row> metricValues, ExtractRequest request) {
        Dataset<Row> rows = metricValues.where(col(MetricValuesSchema.GEOGRAPHY).equalTo(lit(request.geography()))
                .and(inWindow(request)));
        return Frames.conform(rows, MetricValuesSchema.schema(), "metric_values");
    }

    /** Expected, reported and on-time units per level, unit and month of the window. */
    public static Dataset<Row> reportingRates(Dataset<Row> reportingRates, ExtractRequest request) {
        return Frames.conform(ofGeography(reportingRates, request).where(inWindow(request)), REPORTING_RATES, "reporting_rates");
    }

    /** The window against the same window a year earlier, as the metrics step computed it. */
    public static Dataset<Row> windowValues(Dataset<Row> windowValues, ExtractRequest request) {
        return Frames.conform(ofGeography(windowValues, request), WindowValuesSchema.schema(), "window_values");
    }

    private static Column inWindow(ExtractRequest request) {
        Column month = col(MetricValuesSchema.KY_BAO_CAO);
        return month.geq(lit(request.firstMonth())).and(month.leq(lit(request.lastMonth())));
    }

    /** Rows of the request's geography where the frame has one; all rows where it does not. */
    private static Dataset<Row> ofGeography(Dataset<Row> frame, ExtractRequest request) {
        return Arrays.asList(frame.columns()).contains(MetricValuesSchema.GEOGRAPHY)
                ? frame.where(col(MetricValuesSchema.GEOGRAPHY).equalTo(lit(request.geography())))
                : frame;
    }
}
