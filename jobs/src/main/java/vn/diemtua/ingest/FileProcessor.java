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
import vn.diemtua.ingest.read.SubmissionReader;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs on an executor, once per file: opens it through Hadoop, hashes it, reads and validates it
 * and emits every output row of it ({@link IngestSchemas#BATCH}), its {@code ingest_log} row last.
 * A file over the size limit, or a link out of its folder, is refused by its listing, never opened.
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
    /** The prefix of {@code file_sha256} for a file refused without being read. */
    static final String UNREAD = "unread:";
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
        List<Row> out = new ArrayList<>();
        Optional<UnreadableFileException> refusal = refusedUnopened(task);
        byte[] content = refusal.isPresent() ? null : readAtMost(task, limits.maxFileBytes());
        if (content != null && content.length > limits.maxFileBytes()) {
            // Grew past the limit after it was listed.
            refusal = Optional.of(new SubmissionReader(limits).tooLarge(task.name()));
        }
        String sha256 = refusal.isPresent() ? unreadMark(task) : sha256(content);
        OutputRows rows = new OutputRows(batch, task, sha256);
        if (knownHashes.value().contains(sha256)) {
            out.add(rows.fileLog(FileLog.duplicate(batch, task, sha256)));
        } else if (refusal.isPresent()) {
            UnreadableFileException e = refusal.get();
            unreadable(task, rows, out, e.reasonCode(), e.messageVi(), e.messageEn());
        } else {
            try (InputStream in = new ByteArrayInputStream(content)) {
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

    /**
     * A file refused by its listing alone, never opened: a link out of its folder, or over the size
     * limit (a 1 GB file costs nothing to refuse, wherever it is stored).
     */
    private Optional<UnreadableFileException> refusedUnopened(FileTask task) {
        if (task.linkTarget() != null) {
            return Optional.of(SubmissionReader.leadsElsewhere(task.name(), task.linkTarget()));
        }
        if (task.size() > limits.maxFileBytes()) {
            return Optional.of(new SubmissionReader(limits).tooLarge(task.name()));
        }
        return Optional.empty();
    }

    /**
     * What stands for the hash of a file refused unread: {@code unread:} and the SHA-256 of its path,
     * size and modification time. The same file refused again is a duplicate; changed, it is looked at again.
     */
    static String unreadMark(FileTask task) {
        String identity = task.path() + "\n" + task.size() + "\n" + task.modificationTime() + "\n" + task.linkTarget();
        return UNREAD + sha256(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    /** The file's bytes, at most {@code limit} + 1 of them: one more than the limit says it is over. */
    private byte[] readAtMost(FileTask task, long limit) {
        try (InputStream in = open(task)) {
            return in.readNBytes(Math.toIntExact(limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + task.path() + ": " + e.getMessage(), e);
        }
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
