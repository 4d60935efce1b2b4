package vn.diemtua.model;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A conference window against the same window a year earlier: one row per metric, level and unit,
 * each metric evaluated over the whole window (flows summed, stocks at the window's last month).
 * Computed by the metrics step for {@code report} and {@code extract}; not a stored table.
 */
public final class WindowValuesSchema {
    public static final String WINDOW_FROM = "window_from";
    public static final String WINDOW_TO = "window_to";
    public static final String WINDOW_VALUE = "window_value";
    public static final String PRIOR_VALUE = "prior_value";
    public static final String CHANGE = "change";
    public static final String CHANGE_PCT = "change_pct";

    private WindowValuesSchema() {
    }

    public static StructType schema() {
        return new StructType()
                .add(MetricValuesSchema.METRIC_ID, DataTypes.StringType, false)
                .add(MetricValuesSchema.GEOGRAPHY, DataTypes.StringType, false)
                .add(MetricValuesSchema.LEVEL, DataTypes.StringType, false)
                .add(MetricValuesSchema.UNIT_CODE, DataTypes.StringType, false)
                .add(MetricValuesSchema.UNIT_NAME, DataTypes.StringType, true)
                .add(MetricValuesSchema.PARENT_CODE, DataTypes.StringType, true)
                .add(WINDOW_FROM, DataTypes.DateType, false)
                .add(WINDOW_TO, DataTypes.DateType, false)
                .add(WINDOW_VALUE, DataTypes.DoubleType, true)
                .add(PRIOR_VALUE, DataTypes.DoubleType, true)
                .add(CHANGE, DataTypes.DoubleType, true)
                .add(CHANGE_PCT, DataTypes.DoubleType, true)
                .add(MetricValuesSchema.TARGET_OPERATOR, DataTypes.StringType, true)
                .add(MetricValuesSchema.TARGET_VALUE, DataTypes.DoubleType, true)
                .add(MetricValuesSchema.ATTAINMENT, DataTypes.DoubleType, true)
                .add(MetricValuesSchema.GAP, DataTypes.DoubleType, true);
    }
}
