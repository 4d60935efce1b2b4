package vn.diemtua.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.ingest.read.RawCell;
import vn.diemtua.ingest.read.ReadNote;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.validation.Issue;
import vn.diemtua.validation.IssueMessages;
import vn.diemtua.validation.RowOutcome;
import vn.diemtua.validation.TypedRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The rows of {@link IngestSchemas#BATCH} that one file gives, built field by field from the schemas. */
final class OutputRows {
    private final BatchInfo batch;
    private final FileTask task;
    private final String sha256;

    OutputRows(BatchInfo batch, FileTask task, String sha256) {
        this.batch = batch;
        this.task = task;
        this.sha256 = sha256;
    }

    String sha256() {
        return sha256;
    }

    /** The row of {@code submission_rows}. */
    Row submissionRow(RowOutcome outcome) {
        SourceRow row = outcome.row();
        Map<String, Object> values = provenance();
        values.put(IngestSchemas.SHEET, row.sheet());
        values.put(IngestSchemas.ROW_NUMBER, row.rowNumber());
        values.put(IngestSchemas.ROW_KIND, row.kind().name().toLowerCase(Locale.ROOT));
        values.put(IngestSchemas.OUTCOME, outcome.outcome().label());
        values.put(IngestSchemas.SKIP_REASON, outcome.skipReason());
        values.put(IngestSchemas.REASON_CODES, SparkValues.seq(Stream.concat(outcome.errors().stream(),
                outcome.warnings().stream()).map(i -> i.code().name()).toList()));
        putRawCells(values, row.cells(), row.rawCells());
        return wrap(IngestSchemas.SUBMISSION_ROW, IngestSchemas.SUBMISSION_ROWS, values);
    }

    /** The row of {@code commune_month_versions} an accepted row makes. */
    Row version(RowOutcome outcome) {
        TypedRow typed = outcome.typed();
        Map<String, Object> values = new HashMap<>();
        values.put(SubmissionKey.MA_XA.key(), typed.code());
        values.put(SubmissionKey.KY_BAO_CAO.key(), SparkValues.date(typed.firstDay()));
        values.put(CommuneMonthSchema.PROVINCE_CODE, typed.unit().provinceCode());
        values.put(CommuneMonthSchema.DISTRICT_CODE, typed.unit().districtCode());
        // The name as listed for the unit: the row's own spelling stays in submission_rows.
        values.put(SubmissionKey.TEN_XA.key(), typed.unit().fullName());
        values.put(SubmissionKey.NGAY_GUI.key(), SparkValues.date(typed.sentOn()));
        typed.values().forEach((key, value) -> values.put(key.key(), TypedRow.stored(value)));
        values.put(CommuneMonthSchema.WARNINGS, SparkValues.seq(outcome.warnings().stream().map(i -> i.code().name()).toList()));
        values.put(CommuneMonthSchema.VALUES_HASH, typed.valuesHash());
        values.put(CommuneMonthSchema.SOURCE_FILE, task.path());
        values.put(CommuneMonthSchema.SHEET, outcome.row().sheet());
        values.put(CommuneMonthSchema.ROW_NUMBER, outcome.row().rowNumber());
        values.put(CommuneMonthSchema.FILE_SHA256, sha256);
        values.put(CommuneMonthSchema.INGESTED_AT, SparkValues.timestamp(batch.ingestedAt()));
        return wrap(IngestSchemas.VERSION, CommuneMonthSchema.versionSchema(), values);
    }

    /** The row of {@code rejections} for a rejected row: every error kept, the first leads. */
    Row rejection(RowOutcome outcome) {
        SourceRow row = outcome.row();
        List<Row> reasons = new ArrayList<>();
        for (Issue issue : outcome.errors()) {
            reasons.add(RowFactory.create(issue.code().name(), issue.columnName(),
                    IssueMessages.vi(issue, task.path(), row.sheet(), row.rowNumber()),
                    IssueMessages.en(issue, task.path(), row.sheet(), row.rowNumber())));
        }
        return rejectionOf(row.sheet(), row.rowNumber(), reasons, row.cells(), row.rawCells());
    }

    /** A sheet not read, under the reader's reason code and messages (no row number: the whole sheet). */
    Row sheetRejection(String sheet, ReadNote problem) {
        return rejectionOf(sheet, null, List.of(RowFactory.create(problem.code(), null, problem.messageVi(),
                problem.messageEn())), null, null);
    }

    /** A whole file the reader could not read, under the reader's own reason code and messages. */
    Row unreadable(String reasonCode, String messageVi, String messageEn) {
        return rejectionOf(null, null, List.of(RowFactory.create(reasonCode, null, messageVi, messageEn)), null, null);
    }

    private Row rejectionOf(String sheet, Integer rowNumber, List<Row> reasons, Map<SubmissionKey, RawCell> cells,
                          List<String> rawCells) {
        Row first = reasons.get(0);
        Map<String, Object> values = provenance();
        values.put(IngestSchemas.SHEET, sheet);
        values.put(IngestSchemas.ROW_NUMBER, rowNumber);
        values.put(IngestSchemas.COLUMN_NAME, first.getString(1));
        values.put(IngestSchemas.REASON_CODE, first.getString(0));
        values.put(IngestSchemas.MESSAGE_VI, first.getString(2));
        values.put(IngestSchemas.MESSAGE_EN, first.getString(3));
        values.put(IngestSchemas.REASONS, SparkValues.seq(reasons));
        putRawCells(values, cells, rawCells);
        return wrap(IngestSchemas.REJECTION, IngestSchemas.REJECTIONS, values);
    }

    /** The row of {@code ingest_log}. */
    Row fileLog(FileLog log) {
        return RowFactory.create(IngestSchemas.FILE_LOG, task.path(), null, null, null, log.toRow());
    }

    private Map<String, Object> provenance() {
        Map<String, Object> values = new HashMap<>();
        values.put(IngestSchemas.BATCH_ID, batch.batchId());
        values.put(IngestSchemas.INGESTED_AT, SparkValues.timestamp(batch.ingestedAt()));
        values.put(IngestSchemas.SOURCE_FILE, task.path());
        values.put(IngestSchemas.FILE_SHA256, sha256);
        return values;
    }

    private static void putRawCells(Map<String, Object> values, Map<SubmissionKey, RawCell> cells, List<String> rawCells) {
        if (cells != null) {
            cells.forEach((key, cell) -> values.put(key.key(), cell == null ? null : cell.text()));
        }
        values.put(IngestSchemas.RAW_CELLS, SparkValues.seq(rawCells));
    }

    /** The BATCH row holding {@code values} in the struct {@code output} of type {@code schema}. */
    private Row wrap(String output, StructType schema, Map<String, Object> values) {
        Object[] fields = new Object[schema.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = values.get(schema.fields()[i].name());
        }
        Row inner = RowFactory.create(fields);
        return RowFactory.create(output, task.path(),
                output.equals(IngestSchemas.SUBMISSION_ROW) ? inner : null,
                output.equals(IngestSchemas.VERSION) ? inner : null,
                output.equals(IngestSchemas.REJECTION) ? inner : null,
                null);
    }
}
