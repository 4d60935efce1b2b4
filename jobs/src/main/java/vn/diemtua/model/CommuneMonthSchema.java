package vn.diemtua.model;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The validated unit-month fact: one row per unit and month in {@code commune_month} (current
 * version) and per distinct version in {@code commune_month_versions}. Counts are BIGINT, null
 * meaning "not reported".
 */
public final class CommuneMonthSchema {
    public static final String PROVINCE_CODE = "province_code";
    public static final String DISTRICT_CODE = "district_code";
    public static final String REVISION = "revision";
    public static final String WARNINGS = "warnings";
    public static final String VALUES_HASH = "values_hash";
    public static final String SOURCE_FILE = "source_file";
    public static final String SHEET = "sheet";
    public static final String ROW_NUMBER = "row_number";
    public static final String FILE_SHA256 = "file_sha256";
    public static final String INGESTED_AT = "ingested_at";

    private CommuneMonthSchema() {
    }

    /** The Spark type a key is stored as. */
    public static DataType typeOf(SubmissionKey key) {
        return switch (key.kind()) {
            case CODE, TEXT, STOCK_STATUS -> DataTypes.StringType;
            case MONTH, DATE -> DataTypes.DateType;
            case FLOW, STOCK_COUNT -> DataTypes.LongType;
            case STOCK_FLAG -> DataTypes.BooleanType;
        };
    }

    /** The columns of one version of a unit-month, without {@code revision}. */
    public static StructType versionSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(SubmissionKey.MA_XA.key(), DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(SubmissionKey.KY_BAO_CAO.key(), DataTypes.DateType, false));
        fields.add(DataTypes.createStructField(PROVINCE_CODE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(DISTRICT_CODE, DataTypes.StringType, true));
        for (SubmissionKey key : SubmissionKey.values()) {
            if (key != SubmissionKey.MA_XA && key != SubmissionKey.KY_BAO_CAO) {
                fields.add(DataTypes.createStructField(key.key(), typeOf(key), true));
            }
        }
        fields.add(DataTypes.createStructField(WARNINGS, DataTypes.createArrayType(DataTypes.StringType, false), false));
        fields.add(DataTypes.createStructField(VALUES_HASH, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(SHEET, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(ROW_NUMBER, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(FILE_SHA256, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(INGESTED_AT, DataTypes.TimestampType, false));
        return DataTypes.createStructType(fields);
    }

    /** {@code commune_month}: a version plus its {@code revision} count. */
    public static StructType currentSchema() {
        return versionSchema().add(DataTypes.createStructField(REVISION, DataTypes.IntegerType, false));
    }
}
