package vn.diemtua.ingest;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import vn.diemtua.ingest.read.FileResult;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.ingest.read.SheetResult;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.ingest.read.UnreadableFileException;
import vn.diemtua.reference.UnitDirectory;
import vn.diemtua.validation.FileValidator;
import vn.diemtua.validation.Issue;
import vn.diemtua.validation.IssueMessages;
import vn.diemtua.validation.Outcome;
import vn.diemtua.validation.ReasonCode;
import vn.diemtua.validation.RowOutcome;
import vn.diemtua.validation.ValidationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs on an executor, once per file: opens it through Hadoop, hashes it, reads and validates it
 * and emits every output row of it ({@link IngestSchemas#BATCH}), its {@code ingest_log} row last.
 * A file whose hash was ingested before is only logged. A file that cannot be read is logged and
 * rejected whole; other files go on. An I/O error fails the task (Spark retries it), since a file
 * that could not be fetched says nothing about the file.
 */
final class FileProcessor implements FlatMapFunction<FileTask, Row> {
    private final BatchInfo batch;
    private final Broadcast<UnitDirectory> directory;
    private final Broadcast<Set<String>> knownHashes;
    private final Broadcast<HadoopConfiguration> hadoop;
    private final SubmissionFileReader reader;
    private final ReadLimits limits;
    private final LongAccumulator filesDone;
    private final LongAccumulator rowsRead;

    FileProcessor(BatchInfo batch, Broadcast<UnitDirectory> directory, Broadcast<Set<String>> knownHashes,
                  Broadcast<HadoopConfiguration> hadoop, SubmissionFileReader reader, ReadLimits limits,
                  LongAccumulator filesDone, LongAccumulator rowsRead) {
        this.batch = batch;
        this.directory = directory;
        this.knownHashes = knownHashes;
        this.hadoop = hadoop;
        this.reader = reader;
        this.limits = limits;
        this.filesDone = filesDone;
        this.rowsRead = rowsRead;
    }

    @Override
    public Iterator<Row> call(FileTask task) {
        // An oversized file is hashed as it streams by, never held: it is logged, not read.
        byte[] content = task.size() > limits.maxFileBytes() ? null : readAll(task);
        String sha256 = content == null ? streamedSha256(task) : sha256(content);
        OutputRows rows = new OutputRows(batch, task, sha256);
        List<Row> out = new ArrayList<>();
        if (knownHashes.value().contains(sha256)) {
            out.add(rows.fileLog(FileLog.duplicate(batch, task, sha256)));
        } else if (content == null) {
            unreadable(task, rows, out, ReasonCode.FILE_UNREADABLE.name(),
                    "tệp lớn hơn giới hạn " + limits.maxFileBytes() + " byte",
                    "the file is larger than the limit of " + limits.maxFileBytes() + " bytes");
        } else {
            try {
                FileResult result = reader.read(task.name(), new ByteArrayInputStream(content));
                ingest(task, result, rows, out);
            } catch (UnreadableFileException e) {
                unreadable(task, rows, out, e.reasonCode(), e.messageVi(), e.messageEn());
            } catch (RuntimeException e) {
                // A reader bug on one odd file must not sink the batch: the file is kept as unreadable.
                unreadable(task, rows, out, ReasonCode.FILE_UNREADABLE.name(), e.toString(), e.toString());
            }
        }
        filesDone.add(1);
        return out.iterator();
    }

    private void ingest(FileTask task, FileResult result, OutputRows rows, List<Row> out) {
        List<SourceRow> all = new ArrayList<>();
        long sheetsRejected = 0;
        for (SheetResult sheet : result.sheets()) {
            all.addAll(sheet.rows());
            if (sheet.problem() != null) {
                sheetsRejected++;
                Issue issue = new Issue(ReasonCode.SHEET_UNREADABLE, null, null, sheet.problem());
                out.add(rows.rejection(sheet.sheet(), null, List.of(issue), null, null));
            }
        }
        ValidationContext context = new ValidationContext(task.provinceFolder(), batch.today(), directory.value());
        List<RowOutcome> outcomes = new FileValidator(context).validate(all);
        if (outcomes.size() != all.size()) {
            throw new IllegalStateException("Validation of " + task.path() + " returned " + outcomes.size()
                    + " outcomes for " + all.size() + " rows");
        }
        long accepted = 0;
        long rejected = 0;
        long skipped = 0;
        Map<String, Long> reasonCounts = new TreeMap<>();
        Map<String, Long> warningCounts = new TreeMap<>();
        Map<String, Long> skipCounts = new TreeMap<>();
        Set<LocalDate> months = new TreeSet<>();
        for (RowOutcome outcome : outcomes) {
            out.add(rows.submissionRow(outcome));
            if (outcome.outcome() == Outcome.ACCEPTED) {
                accepted++;
                months.add(outcome.typed().firstDay());
                outcome.warnings().forEach(w -> count(warningCounts, w.code().name()));
                out.add(rows.version(outcome));
            } else if (outcome.outcome() == Outcome.REJECTED) {
                rejected++;
                count(reasonCounts, outcome.errors().get(0).code().name());
                out.add(rows.rejection(outcome));
            } else {
                skipped++;
                count(skipCounts, outcome.skipReason());
            }
        }
        rowsRead.add(all.size());
        FileLog log = new FileLog(batch, task.path(), rows.sha256(), result.format(), task.provinceFolder(),
                FileOutcome.INGESTED, null, null, null, all.size(), accepted, rejected, skipped, sheetsRejected,
                0, 0, List.copyOf(months), reasonCounts, warningCounts, skipCounts, Map.of());
        out.add(rows.fileLog(log.checked()));
    }

    private void unreadable(FileTask task, OutputRows rows, List<Row> out, String reasonCode, String whyVi, String whyEn) {
        String vi = IssueMessages.vi(new Issue(ReasonCode.FILE_UNREADABLE, null, null, whyVi), task.path(), null, null);
        String en = IssueMessages.en(new Issue(ReasonCode.FILE_UNREADABLE, null, null, whyEn), task.path(), null, null);
        out.add(rows.unreadable(reasonCode, vi, en));
        out.add(rows.fileLog(new FileLog(batch, task.path(), rows.sha256(), null, task.provinceFolder(),
                FileOutcome.UNREADABLE, reasonCode, vi, en, 0, 0, 0, 0, 0, 0, 0, List.of(),
                Map.of(), Map.of(), Map.of(), Map.of())));
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    private byte[] readAll(FileTask task) {
        Path path = new Path(task.path());
        try (FSDataInputStream in = path.getFileSystem(hadoop.value().get()).open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + task.path() + ": " + e.getMessage(), e);
        }
    }

    private String streamedSha256(FileTask task) {
        MessageDigest digest = newDigest();
        Path path = new Path(task.path());
        try (FSDataInputStream in = path.getFileSystem(hadoop.value().get()).open(path)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + task.path() + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(newDigest().digest(content));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
