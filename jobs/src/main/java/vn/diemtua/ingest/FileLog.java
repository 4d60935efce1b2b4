package vn.diemtua.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import vn.diemtua.ingest.read.ReadNote;
import vn.diemtua.validation.ReasonCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of {@code ingest_log}: what a run did with one file. Built on the executor that read
 * the file, completed on the driver (in-run duplicates, revisions, table versions).
 *
 * @param reasonCounts  rejected rows by the reason code they are stored under (their first)
 * @param warningCounts warnings of accepted rows by code
 * @param skipCounts    skipped rows by reason
 * @param notes         what the reader noted without rejecting (hidden or empty sheets, cleaned cells)
 */
public record FileLog(BatchInfo batch, String sourceFile, String sha256, String format, String provinceFolder,
                      FileOutcome outcome, String reasonCode, String messageVi, String messageEn,
                      long read, long accepted, long rejected, long skipped, long sheetsRejected,
                      long newRevisions, long unchanged, List<LocalDate> months,
                      Map<String, Long> reasonCounts, Map<String, Long> warningCounts, Map<String, Long> skipCounts,
                      List<ReadNote> notes, Map<String, Long> tableVersions) {

    /** A file whose bytes were ingested before: nothing of it is written again. */
    public static FileLog duplicate(BatchInfo batch, FileTask task, String sha256) {
        return new FileLog(batch, task.path(), sha256, null, task.provinceFolder(), FileOutcome.DUPLICATE_FILE,
                null, null, null, 0, 0, 0, 0, 0, 0, 0, List.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of());
    }

    public FileLog asDuplicate() {
        return new FileLog(batch, sourceFile, sha256, format, provinceFolder, FileOutcome.DUPLICATE_FILE,
                null, null, null, 0, 0, 0, 0, 0, 0, 0, List.of(), Map.of(), Map.of(), Map.of(), List.of(), tableVersions);
    }

    public FileLog withRevisions(long newRevisions, long unchanged) {
        return new FileLog(batch, sourceFile, sha256, format, provinceFolder, outcome, reasonCode, messageVi,
                messageEn, read, accepted, rejected, skipped, sheetsRejected, newRevisions, unchanged, months,
                reasonCounts, warningCounts, skipCounts, notes, tableVersions);
    }

    public FileLog withTableVersions(Map<String, Long> versions) {
        return new FileLog(batch, sourceFile, sha256, format, provinceFolder, outcome, reasonCode, messageVi,
                messageEn, read, accepted, rejected, skipped, sheetsRejected, newRevisions, unchanged, months,
                reasonCounts, warningCounts, skipCounts, notes, new TreeMap<>(versions));
    }

    /**
     * With {@code rows} accepted rows rejected after all because their month is locked
     * ({@link PeriodLockRule}): counted as rejected under {@code PERIOD_LOCKED}, their warnings no
     * longer counted, and {@code keptMonths} the months of the rows still accepted.
     */
    public FileLog withPeriodLocked(long rows, List<String> warnings, List<LocalDate> keptMonths) {
        Map<String, Long> reasons = new TreeMap<>(reasonCounts);
        reasons.merge(ReasonCode.PERIOD_LOCKED.name(), rows, Long::sum);
        Map<String, Long> remainingWarnings = new TreeMap<>(warningCounts);
        warnings.forEach(w -> remainingWarnings.computeIfPresent(w, (code, n) -> n == 1 ? null : n - 1));
        return new FileLog(batch, sourceFile, sha256, format, provinceFolder, outcome, reasonCode, messageVi,
                messageEn, read, accepted - rows, rejected + rows, skipped, sheetsRejected, newRevisions, unchanged,
                keptMonths, reasons, remainingWarnings, skipCounts, notes, tableVersions).checked();
    }

    /** Fails loudly if the counts do not add up: a row read must be accepted, rejected or skipped. */
    public FileLog checked() {
        if (read != accepted + rejected + skipped) {
            throw new IllegalStateException("Row counts do not add up for " + sourceFile + ": read " + read
                    + " != accepted " + accepted + " + rejected " + rejected + " + skipped " + skipped);
        }
        return this;
    }

    /** With revisions counted: every accepted row is a new revision or unchanged. */
    public FileLog checkedRevisions() {
        if (accepted != newRevisions + unchanged) {
            throw new IllegalStateException("Revision counts do not add up for " + sourceFile + ": accepted "
                    + accepted + " != new " + newRevisions + " + unchanged " + unchanged);
        }
        return checked();
    }

    /** As a row of {@link IngestSchemas#INGEST_LOG}. */
    public Row toRow() {
        return RowFactory.create(batch.batchId(), SparkValues.timestamp(batch.ingestedAt()), sourceFile, sha256,
                format, provinceFolder, outcome.label(), reasonCode, messageVi, messageEn,
                read, accepted, rejected, skipped, sheetsRejected, newRevisions, unchanged,
                SparkValues.seq(months.stream().map(SparkValues::date).toList()),
                SparkValues.map(reasonCounts), SparkValues.map(warningCounts), SparkValues.map(skipCounts),
                SparkValues.seq(notes.stream().map(n -> RowFactory.create(n.code(), n.rowNumber(), n.messageVi(),
                        n.messageEn())).toList()),
                SparkValues.map(tableVersions));
    }

    /** Back from a row of {@link IngestSchemas#INGEST_LOG} (as collected on the driver). */
    public static FileLog fromRow(Row row) {
        BatchInfo batch = new BatchInfo(row.getAs(IngestSchemas.BATCH_ID),
                row.<java.sql.Timestamp>getAs(IngestSchemas.INGESTED_AT).toInstant(), null);
        List<LocalDate> months = row.<java.sql.Date>getList(row.fieldIndex(IngestSchemas.MONTHS)).stream()
                .map(java.sql.Date::toLocalDate).toList();
        return new FileLog(batch, row.getAs(IngestSchemas.SOURCE_FILE), row.getAs(IngestSchemas.FILE_SHA256),
                row.getAs(IngestSchemas.FILE_FORMAT), row.getAs(IngestSchemas.PROVINCE_FOLDER),
                FileOutcome.ofLabel(row.getAs(IngestSchemas.OUTCOME)), row.getAs(IngestSchemas.REASON_CODE),
                row.getAs(IngestSchemas.MESSAGE_VI), row.getAs(IngestSchemas.MESSAGE_EN),
                row.getAs(IngestSchemas.ROWS_READ), row.getAs(IngestSchemas.ROWS_ACCEPTED),
                row.getAs(IngestSchemas.ROWS_REJECTED), row.getAs(IngestSchemas.ROWS_SKIPPED),
                row.getAs(IngestSchemas.SHEETS_REJECTED), row.getAs(IngestSchemas.NEW_REVISIONS),
                row.getAs(IngestSchemas.UNCHANGED), months,
                counts(row, IngestSchemas.REASON_COUNTS), counts(row, IngestSchemas.WARNING_COUNTS),
                counts(row, IngestSchemas.SKIP_COUNTS),
                row.<Row>getList(row.fieldIndex(IngestSchemas.NOTES)).stream().map(n -> new ReadNote(n.getString(0),
                        n.isNullAt(1) ? null : n.getInt(1), n.getString(2), n.getString(3))).toList(),
                counts(row, IngestSchemas.TABLE_VERSIONS));
    }

    private static Map<String, Long> counts(Row row, String field) {
        return new TreeMap<>(row.<String, Long>getJavaMap(row.fieldIndex(field)));
    }
}
