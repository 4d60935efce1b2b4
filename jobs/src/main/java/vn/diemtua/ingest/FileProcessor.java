package vn.diemtua.ingest;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import vn.diemtua.ingest.read.FileResult;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.ingest.read.ReadNote;
import vn.diemtua.ingest.read.ReadReason;
import vn.diemtua.ingest.read.SheetResult;
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
import java.io.InputStream;
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
    /**
     * Sheet problems that are rejections: a sheet with data whose header cannot be found or trusted.
     * An instructions sheet has no header either, and is rejected too, so that a district sheet
     * with a garbled header is never passed over in silence. Hidden and empty sheets are notes.
     */
    private static final Set<String> REJECTED_SHEET_PROBLEMS = Set.of(
            ReadReason.SHEET_NO_HEADER.code(), ReadReason.SHEET_DUPLICATE_COLUMN.code());
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
        // A file over the size limit is hashed as it streams by, never held; the reader then says why it is refused.
        boolean oversized = task.size() > limits.maxFileBytes();
        byte[] content = oversized ? null : readAll(task);
        String sha256 = oversized ? streamedSha256(task) : sha256(content);
        OutputRows rows = new OutputRows(batch, task, sha256);
        List<Row> out = new ArrayList<>();
        if (knownHashes.value().contains(sha256)) {
            out.add(rows.fileLog(FileLog.duplicate(batch, task, sha256)));
        } else {
            try (InputStream in = oversized ? open(task) : new ByteArrayInputStream(content)) {
                ingest(task, reader.read(task.name(), in), rows, out);
            } catch (UnreadableFileException e) {
                unreadable(task, rows, out, e.reasonCode(), e.messageVi(), e.messageEn());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + task.path() + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                // A reader bug on one odd file must not sink the batch: the file is kept as unreadable.
                Issue issue = new Issue(ReasonCode.FILE_UNREADABLE, null, null, e.toString());
                unreadable(task, rows, out, ReasonCode.FILE_UNREADABLE.name(),
                        IssueMessages.vi(issue, task.path(), null, null), IssueMessages.en(issue, task.path(), null, null));
            }
        }
        filesDone.add(1);
        return out.iterator();
    }

    private void ingest(FileTask task, FileResult result, OutputRows rows, List<Row> out) {
        long sheetsRejected = 0;
        List<ReadNote> notes = new ArrayList<>();
        for (SheetResult sheet : result.sheets()) {
            for (ReadNote note : sheet.notes()) {
                if (REJECTED_SHEET_PROBLEMS.contains(note.code()) && note.code().equals(sheet.problem())) {
                    sheetsRejected++;
                    out.add(rows.sheetRejection(sheet.sheet(), note));
                } else {
                    notes.add(note);
                }
            }
        }
        ValidationContext context = new ValidationContext(task.provinceFolder(), batch.today(), directory.value());
        List<RowOutcome> outcomes = new FileValidator(context).validate(result.sheets());
        long read = result.sheets().stream().mapToLong(s -> s.rows().size()).sum();
        if (outcomes.size() != read) {
            throw new IllegalStateException("Validation of " + task.path() + " returned " + outcomes.size()
                    + " outcomes for " + read + " rows");
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
        rowsRead.add(read);
        FileLog log = new FileLog(batch, task.path(), rows.sha256(), result.format(), task.provinceFolder(),
                FileOutcome.INGESTED, null, null, null, read, accepted, rejected, skipped, sheetsRejected,
                0, 0, List.copyOf(months), reasonCounts, warningCounts, skipCounts, notes, Map.of());
        out.add(rows.fileLog(log.checked()));
    }

    private void unreadable(FileTask task, OutputRows rows, List<Row> out, String reasonCode, String messageVi,
                            String messageEn) {
        out.add(rows.unreadable(reasonCode, messageVi, messageEn));
        out.add(rows.fileLog(new FileLog(batch, task.path(), rows.sha256(), null, task.provinceFolder(),
                FileOutcome.UNREADABLE, reasonCode, messageVi, messageEn, 0, 0, 0, 0, 0, 0, 0, List.of(),
                Map.of(), Map.of(), Map.of(), List.of(), Map.of())));
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    private InputStream open(FileTask task) throws IOException {
        Path path = new Path(task.path());
        return path.getFileSystem(hadoop.value().get()).open(path);
    }

    private byte[] readAll(FileTask task) {
        try (InputStream in = open(task)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + task.path() + ": " + e.getMessage(), e);
        }
    }

    private String streamedSha256(FileTask task) {
        MessageDigest digest = newDigest();
        try (InputStream in = open(task)) {
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
