package vn.diemtua.ingest;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;

/**
 * The schemas of the tables ingest writes besides the unit-month ones of {@link CommuneMonthSchema}:
 * {@code submission_rows}, {@code rejections} and {@code ingest_log}; and the one row type the
 * executors emit for all of them ({@link #BATCH}).
 */
public final class IngestSchemas {
    public static final String BATCH_ID = "batch_id";
    public static final String INGESTED_AT = CommuneMonthSchema.INGESTED_AT;
    public static final String SOURCE_FILE = CommuneMonthSchema.SOURCE_FILE;
    public static final String FILE_SHA256 = CommuneMonthSchema.FILE_SHA256;
    public static final String SHEET = CommuneMonthSchema.SHEET;
    public static final String ROW_NUMBER = CommuneMonthSchema.ROW_NUMBER;
    public static final String ROW_KIND = "row_kind";
    public static final String OUTCOME = "outcome";
    public static final String SKIP_REASON = "skip_reason";
    public static final String REASON_CODES = "reason_codes";
    public static final String RAW_CELLS = "raw_cells";
    public static final String COLUMN_NAME = "column_name";
    public static final String REASON_CODE = "reason_code";
    public static final String MESSAGE_VI = "message_vi";
    public static final String MESSAGE_EN = "message_en";
    public static final String REASONS = "reasons";
    public static final String FILE_FORMAT = "file_format";
    public static final String PROVINCE_FOLDER = "province_folder";
    public static final String ROWS_READ = "rows_read";
    public static final String ROWS_ACCEPTED = "rows_accepted";
    public static final String ROWS_REJECTED = "rows_rejected";
    public static final String ROWS_SKIPPED = "rows_skipped";
    public static final String SHEETS_REJECTED = "sheets_rejected";
    public static final String NEW_REVISIONS = "new_revisions";
    public static final String UNCHANGED = "unchanged";
    public static final String MONTHS = "months";
    public static final String REASON_COUNTS = "reason_counts";
    public static final String WARNING_COUNTS = "warning_counts";
    public static final String SKIP_COUNTS = "skip_counts";
    public static final String NOTES = "notes";
    public static final String CODE = "code";
    public static final String TABLE_VERSIONS = "table_versions";

    /** The fields of {@link #BATCH}: which output a row is for, and one struct per output. */
    public static final String OUTPUT = "output";
    public static final String SUBMISSION_ROW = "submission_row";
    public static final String VERSION = "version";
    public static final String REJECTION = "rejection";
    public static final String FILE_LOG = "file_log";

    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);
    private static final DataType COUNTS = DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false);

    private IngestSchemas() {
    }

    /** Where a row came from: the first columns of submission_rows and rejections. */
    private static StructType provenance() {
        return new StructType()
                .add(BATCH_ID, DataTypes.StringType, false)
                .add(INGESTED_AT, DataTypes.TimestampType, false)
                .add(SOURCE_FILE, DataTypes.StringType, false)
                .add(FILE_SHA256, DataTypes.StringType, false);
    }

    /** Every key of the template as the text read, then every cell of the row in column order. */
    private static StructType withRawCells(StructType schema) {
        StructType out = schema;
        for (SubmissionKey key : SubmissionKey.values()) {
            out = out.add(key.key(), DataTypes.StringType, true);
        }
        return out.add(RAW_CELLS, STRINGS, true);
    }

    /** {@code submission_rows}: every row read from any file, as text, with what became of it. */
    public static final StructType SUBMISSION_ROWS = withRawCells(provenance()
            .add(SHEET, DataTypes.StringType, false)
            .add(ROW_NUMBER, DataTypes.IntegerType, false)
            .add(ROW_KIND, DataTypes.StringType, false)
            .add(OUTCOME, DataTypes.StringType, false)
            .add(SKIP_REASON, DataTypes.StringType, true)
            .add(REASON_CODES, DataTypes.createArrayType(DataTypes.StringType, false), false));

    /**
     * One reason of a rejected row (all of them are kept, the first is also in the row's own
     * columns). Nullable fields: Delta enforces no NOT NULL inside arrays.
     */
    public static final StructType REASON = new StructType()
            .add(REASON_CODE, DataTypes.StringType, true)
            .add(COLUMN_NAME, DataTypes.StringType, true)
            .add(MESSAGE_VI, DataTypes.StringType, true)
            .add(MESSAGE_EN, DataTypes.StringType, true);

    /**
     * {@code rejections}: a rejected row; also a sheet or a whole file that could not be read
     * ({@code row_number} null, and {@code sheet} null for a file).
     */
    public static final StructType REJECTIONS = withRawCells(provenance()
            .add(SHEET, DataTypes.StringType, true)
            .add(ROW_NUMBER, DataTypes.IntegerType, true)
            .add(COLUMN_NAME, DataTypes.StringType, true)
            .add(REASON_CODE, DataTypes.StringType, false)
            .add(MESSAGE_VI, DataTypes.StringType, false)
            .add(MESSAGE_EN, DataTypes.StringType, false)
            .add(REASONS, DataTypes.createArrayType(REASON, false), false));

    /** What the reader noted about a file without rejecting anything (hidden or empty sheets, cleaned cells). */
    public static final StructType NOTE = new StructType()
            .add(CODE, DataTypes.StringType, true)
            .add(ROW_NUMBER, DataTypes.IntegerType, true)
            .add(MESSAGE_VI, DataTypes.StringType, true)
            .add(MESSAGE_EN, DataTypes.StringType, true);

    /** {@code ingest_log}: one row per file and run, written last as the batch's commit mark. */
    public static final StructType INGEST_LOG = provenance()
            .add(FILE_FORMAT, DataTypes.StringType, true)
            .add(PROVINCE_FOLDER, DataTypes.StringType, true)
            .add(OUTCOME, DataTypes.StringType, false)
            .add(REASON_CODE, DataTypes.StringType, true)
            .add(MESSAGE_VI, DataTypes.StringType, true)
            .add(MESSAGE_EN, DataTypes.StringType, true)
            .add(ROWS_READ, DataTypes.LongType, false)
            .add(ROWS_ACCEPTED, DataTypes.LongType, false)
            .add(ROWS_REJECTED, DataTypes.LongType, false)
            .add(ROWS_SKIPPED, DataTypes.LongType, false)
            .add(SHEETS_REJECTED, DataTypes.LongType, false)
            .add(NEW_REVISIONS, DataTypes.LongType, false)
            .add(UNCHANGED, DataTypes.LongType, false)
            .add(MONTHS, DataTypes.createArrayType(DataTypes.DateType, false), false)
            .add(REASON_COUNTS, COUNTS, false)
            .add(WARNING_COUNTS, COUNTS, false)
            .add(SKIP_COUNTS, COUNTS, false)
            .add(NOTES, DataTypes.createArrayType(NOTE, false), false)
            .add(TABLE_VERSIONS, COUNTS, false);

    /** What the executors emit: one row per output row, the struct of its table filled, the others null. */
    public static final StructType BATCH = new StructType()
            .add(OUTPUT, DataTypes.StringType, false)
            .add(SOURCE_FILE, DataTypes.StringType, false)
            .add(SUBMISSION_ROW, SUBMISSION_ROWS, true)
            .add(VERSION, CommuneMonthSchema.versionSchema(), true)
            .add(REJECTION, REJECTIONS, true)
            .add(FILE_LOG, INGEST_LOG, true);
}
