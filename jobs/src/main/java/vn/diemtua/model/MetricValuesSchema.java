package vn.diemtua.model;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code metric_values}: one row per metric, geography, level, unit and month, with the trend and
 * target columns of SPEC section 5. Written by the metrics step, read by charts and extracts.
 */
public final class MetricValuesSchema {
    public static final String METRIC_ID = "metric_id";
    public static final String GEOGRAPHY = "geography";
    public static final String LEVEL = "level";
    public static final String UNIT_CODE = "unit_code";
    public static final String UNIT_NAME = "unit_name";
    public static final String PARENT_CODE = "parent_code";
    public static final String KY_BAO_CAO = "ky_bao_cao";
    public static final String VALUE = "value";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String PREV_VALUE = "prev_value";
    public static final String MOM_CHANGE = "mom_change";
    public static final String MOM_CHANGE_PCT = "mom_change_pct";
    public static final String YOY_VALUE = "yoy_value";
    public static final String YOY_CHANGE = "yoy_change";
    public static final String YOY_CHANGE_PCT = "yoy_change_pct";
    public static final String YTD_VALUE = "ytd_value";
    public static final String ROLLING_3 = "rolling_3";
    public static final String ROLLING_12 = "rolling_12";
    public static final String TARGET_OPERATOR = "target_operator";
    public static final String TARGET_VALUE = "target_value";
    public static final String TARGET_DEADLINE = "target_deadline";
    public static final String ATTAINMENT = "attainment";
    public static final String GAP = "gap";
    public static final String PROJECTED_MONTH = "projected_month";
    public static final String ON_TRACK = "on_track";
    public static final String FLAGS = "flags";

    /** Geography values. */
    public static final String AS_REPORTED = "as_reported";
    public static final String CURRENT = "current";

    /** Level values. */
    public static final String COMMUNE = "commune";
    public static final String DISTRICT = "district";
    public static final String PROVINCE = "province";
    public static final String NATION = "nation";
    public static final String NATION_CODE = "VN";

    private MetricValuesSchema() {
    }

    public static StructType schema() {
        return new StructType()
                .add(METRIC_ID, DataTypes.StringType, false)
                .add(GEOGRAPHY, DataTypes.StringType, false)
                .add(LEVEL, DataTypes.StringType, false)
                .add(UNIT_CODE, DataTypes.StringType, false)
                .add(UNIT_NAME, DataTypes.StringType, true)
                .add(PARENT_CODE, DataTypes.StringType, true)
                .add(KY_BAO_CAO, DataTypes.DateType, false)
                .add(VALUE, DataTypes.DoubleType, true)
                .add(NUMERATOR, DataTypes.DoubleType, true)
                .add(DENOMINATOR, DataTypes.DoubleType, true)
                .add(PREV_VALUE, DataTypes.DoubleType, true)
                .add(MOM_CHANGE, DataTypes.DoubleType, true)
                .add(MOM_CHANGE_PCT, DataTypes.DoubleType, true)
                .add(YOY_VALUE, DataTypes.DoubleType, true)
                .add(YOY_CHANGE, DataTypes.DoubleType, true)
                .add(YOY_CHANGE_PCT, DataTypes.DoubleType, true)
                .add(YTD_VALUE, DataTypes.DoubleType, true)
                .add(ROLLING_3, DataTypes.DoubleType, true)
                .add(ROLLING_12, DataTypes.DoubleType, true)
                .add(TARGET_OPERATOR, DataTypes.StringType, true)
                .add(TARGET_VALUE, DataTypes.DoubleType, true)
                .add(TARGET_DEADLINE, DataTypes.DateType, true)
                .add(ATTAINMENT, DataTypes.DoubleType, true)
                .add(GAP, DataTypes.DoubleType, true)
                .add(PROJECTED_MONTH, DataTypes.DateType, true)
                .add(ON_TRACK, DataTypes.BooleanType, true)
                .add(FLAGS, DataTypes.createArrayType(DataTypes.StringType, false), true);
    }
}
