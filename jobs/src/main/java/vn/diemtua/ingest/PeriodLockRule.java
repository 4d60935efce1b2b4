package vn.diemtua.ingest;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.locks.LockEvent;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.validation.Issue;
import vn.diemtua.validation.IssueMessages;
import vn.diemtua.validation.Outcome;
import vn.diemtua.validation.ReasonCode;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

/**
 * A month locked for a conference ({@code diemtua lock}) takes no new version: an accepted row of
 * a month up to the lock is rejected ({@link ReasonCode#PERIOD_LOCKED}) unless exactly its version
 * (unit, month, values and sending date) is stored already, in which case it changes nothing, as
 * any identical re-send. So {@code commune_month} of locked months stays as the conference saw it:
 * no new figures, no new revision, no other current version.
 *
 * <p>A plain transformation of the rows the executors emit ({@link IngestSchemas#BATCH}) into the
 * same rows as if validation had rejected those rows: their version dropped, their
 * {@code submission_rows} row rejected, a {@code rejections} row added, their file's log counts moved
 * from accepted to rejected.
 */
final class PeriodLockRule {
    private static final String BLOCKED = "_blocked";
    private static final String B_FILE = "_b_file";
    private static final String B_SHEET = "_b_sheet";
    private static final String B_ROW = "_b_row";
    private static final String B_MONTH = "_b_month";
    private static final String BLOCKED_ROWS = "_blocked_rows";
    private static final String BLOCKED_WARNINGS = "_blocked_warnings";
    private static final String KEPT_MONTHS = "_kept_months";
    private static final String MA_XA = SubmissionKey.MA_XA.key();
    private static final String KY = SubmissionKey.KY_BAO_CAO.key();
    private static final String NGAY_GUI = SubmissionKey.NGAY_GUI.key();

    private PeriodLockRule() {
    }

    /**
     * @param batch  what the executors emitted
     * @param stored {@code commune_month_versions} as committed
     * @param lock   the lock in force (the one reaching furthest)
     */
    static Dataset<Row> apply(Dataset<Row> batch, Dataset<Row> stored, LockEvent lock) {
        Date lastLocked = Date.valueOf(lock.lockedTo().atDay(1));
        Dataset<Row> versions = batch.where(col(IngestSchemas.OUTPUT).equalTo(IngestSchemas.VERSION))
                .select(IngestSchemas.VERSION + ".*");
        Dataset<Row> lockedVersions = versions.where(col(KY).leq(lastLocked));
        Dataset<Row> known = stored.where(col(KY).leq(lastLocked))
                .join(broadcast(lockedVersions.select(MA_XA, KY).distinct()), scalaSeq(MA_XA, KY), "left_semi")
                .select(MA_XA, KY, CommuneMonthSchema.VALUES_HASH, NGAY_GUI);
        Column sameVersion = col("v." + MA_XA).equalTo(col("k." + MA_XA))
                .and(col("v." + KY).equalTo(col("k." + KY)))
                .and(col("v." + CommuneMonthSchema.VALUES_HASH).equalTo(col("k." + CommuneMonthSchema.VALUES_HASH)))
                .and(col("v." + NGAY_GUI).eqNullSafe(col("k." + NGAY_GUI)));
        Dataset<Row> blocked = lockedVersions.as("v").join(known.as("k"), sameVersion, "left_anti");
        Dataset<Row> marks = blocked.select(col(CommuneMonthSchema.SOURCE_FILE).as(B_FILE),
                col(CommuneMonthSchema.SHEET).as(B_SHEET), col(CommuneMonthSchema.ROW_NUMBER).as(B_ROW),
                col(KY).as(B_MONTH), lit(true).as(BLOCKED));

        Column sheet = coalesce(col(IngestSchemas.SUBMISSION_ROW + "." + IngestSchemas.SHEET),
                col(IngestSchemas.VERSION + "." + IngestSchemas.SHEET));
        Column rowNumber = coalesce(col(IngestSchemas.SUBMISSION_ROW + "." + IngestSchemas.ROW_NUMBER),
                col(IngestSchemas.VERSION + "." + IngestSchemas.ROW_NUMBER));
        Dataset<Row> marked = batch.join(broadcast(marks), col(IngestSchemas.SOURCE_FILE).equalTo(col(B_FILE))
                .and(sheet.equalTo(col(B_SHEET))).and(rowNumber.equalTo(col(B_ROW))), "left");
        Column isBlocked = coalesce(col(BLOCKED), lit(false));
        Column output = col(IngestSchemas.OUTPUT);

        Dataset<Row> unaffected = marked.where(output.notEqual(IngestSchemas.FILE_LOG)
                .and(not(isBlocked))).select(batchColumns());
        Dataset<Row> blockedRows = marked.where(output.equalTo(IngestSchemas.SUBMISSION_ROW).and(isBlocked));
        Dataset<Row> rejectedRows = blockedRows.withColumn(IngestSchemas.SUBMISSION_ROW,
                col(IngestSchemas.SUBMISSION_ROW)
                        .withField(IngestSchemas.OUTCOME, lit(Outcome.REJECTED.label()))
                        .withField(IngestSchemas.REASON_CODES, array(lit(ReasonCode.PERIOD_LOCKED.name()))))
                .select(batchColumns());
        Dataset<Row> rejections = blockedRows.map(new Rejection(lock), Encoders.row(IngestSchemas.BATCH));

        Dataset<Row> perFile = blocked.groupBy(col(CommuneMonthSchema.SOURCE_FILE).as(B_FILE))
                .agg(count(lit(1)).as(BLOCKED_ROWS), flatten(collect_list(col(CommuneMonthSchema.WARNINGS))).as(BLOCKED_WARNINGS));
        Dataset<Row> keptMonths = versions.as("v").join(broadcast(marks), col(CommuneMonthSchema.SOURCE_FILE).equalTo(col(B_FILE))
                        .and(col(CommuneMonthSchema.SHEET).equalTo(col(B_SHEET)))
                        .and(col(CommuneMonthSchema.ROW_NUMBER).equalTo(col(B_ROW))), "left_anti")
                .groupBy(col(CommuneMonthSchema.SOURCE_FILE).as(B_FILE)).agg(collect_set(col(KY)).as(KEPT_MONTHS));
        Dataset<Row> logs = batch.where(output.equalTo(IngestSchemas.FILE_LOG))
                .join(perFile, col(IngestSchemas.SOURCE_FILE).equalTo(perFile.col(B_FILE)), "left").drop(B_FILE)
                .join(keptMonths, col(IngestSchemas.SOURCE_FILE).equalTo(keptMonths.col(B_FILE)), "left").drop(B_FILE)
                .map(new FileLogCounts(), Encoders.row(IngestSchemas.BATCH));
        return unaffected.unionByName(rejectedRows).unionByName(rejections).unionByName(logs);
    }

    private static Column[] batchColumns() {
        return java.util.Arrays.stream(IngestSchemas.BATCH.fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    }

    private static scala.collection.immutable.Seq<String> scalaSeq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
    }

    /** The {@code rejections} row of a blocked row, from its {@code submission_rows} row. */
    private static final class Rejection implements MapFunction<Row, Row> {
        private final YearMonth lockedTo;
        private final String lockedOn;

        Rejection(LockEvent lock) {
            this.lockedTo = lock.lockedTo();
            // The day, and the reason when one was given: "2024-10-01: Hội nghị tổng kết năm 2024".
            String day = LocalDate.ofInstant(lock.lockedAt(), BatchInfo.VIETNAM).toString();
            this.lockedOn = lock.reason() == null ? day : day + ": " + lock.reason();
        }

        @Override
        public Row call(Row marked) {
            Row read = marked.getStruct(marked.fieldIndex(IngestSchemas.SUBMISSION_ROW));
            String file = read.getAs(IngestSchemas.SOURCE_FILE);
            String sheet = read.getAs(IngestSchemas.SHEET);
            int rowNumber = read.<Integer>getAs(IngestSchemas.ROW_NUMBER);
            String month = YearMonth.from(marked.<Date>getAs(B_MONTH).toLocalDate()).toString();
            Issue issue = new Issue(ReasonCode.PERIOD_LOCKED, SubmissionKey.KY_BAO_CAO, read.getAs(KY), month,
                    lockedTo.toString(), lockedOn);
            String vi = IssueMessages.vi(issue, file, sheet, rowNumber);
            String en = IssueMessages.en(issue, file, sheet, rowNumber);
            StructType schema = IngestSchemas.REJECTIONS;
            Object[] fields = new Object[schema.size()];
            for (int i = 0; i < fields.length; i++) {
                String name = schema.fields()[i].name();
                fields[i] = switch (name) {
                    case IngestSchemas.COLUMN_NAME -> issue.columnName();
                    case IngestSchemas.REASON_CODE -> issue.code().name();
                    case IngestSchemas.MESSAGE_VI -> vi;
                    case IngestSchemas.MESSAGE_EN -> en;
                    case IngestSchemas.REASONS -> SparkValues.seq(List.of(
                            RowFactory.create(issue.code().name(), issue.columnName(), vi, en)));
                    default -> read.get(read.fieldIndex(name));
                };
            }
            return RowFactory.create(IngestSchemas.REJECTION, file, null, null, RowFactory.create(fields), null);
        }
    }

    /** A file's log row with its blocked rows moved from accepted to rejected. */
    private static final class FileLogCounts implements MapFunction<Row, Row> {
        @Override
        public Row call(Row joined) {
            Row logRow = joined.getStruct(joined.fieldIndex(IngestSchemas.FILE_LOG));
            if (joined.isNullAt(joined.fieldIndex(BLOCKED_ROWS))) {
                return RowFactory.create(IngestSchemas.FILE_LOG, joined.getAs(IngestSchemas.SOURCE_FILE), null, null,
                        null, logRow);
            }
            List<String> warnings = joined.getList(joined.fieldIndex(BLOCKED_WARNINGS));
            List<LocalDate> months = joined.isNullAt(joined.fieldIndex(KEPT_MONTHS)) ? List.of()
                    : joined.<Date>getList(joined.fieldIndex(KEPT_MONTHS)).stream().map(Date::toLocalDate).sorted().toList();
            FileLog log = FileLog.fromRow(logRow).withPeriodLocked(joined.<Long>getAs(BLOCKED_ROWS), warnings, months);
            return RowFactory.create(IngestSchemas.FILE_LOG, joined.getAs(IngestSchemas.SOURCE_FILE), null, null,
                    null, log.toRow());
        }
    }
}
