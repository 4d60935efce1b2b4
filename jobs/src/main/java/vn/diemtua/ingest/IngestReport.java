package vn.diemtua.ingest;

import vn.diemtua.i18n.Messages;
import vn.diemtua.model.TableName;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a run did: one {@link FileLog} per file (as written to {@code ingest_log}) and the tables
 * it restored first. Prints the summary, Vietnamese line first, then English.
 */
public record IngestReport(String batchId, List<FileLog> files, Map<TableName, Long> restored) {
    private static final Messages MESSAGES = new Messages("vn/diemtua/ingest/messages");

    public long files(FileOutcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }

    public long read() {
        return sum(FileLog::read);
    }

    public long accepted() {
        return sum(FileLog::accepted);
    }

    public long rejected() {
        return sum(FileLog::rejected);
    }

    public long skipped() {
        return sum(FileLog::skipped);
    }

    public long sheetsRejected() {
        return sum(FileLog::sheetsRejected);
    }

    public long newRevisions() {
        return sum(FileLog::newRevisions);
    }

    public long unchanged() {
        return sum(FileLog::unchanged);
    }

    /** True if a row, a sheet or a whole file was rejected: what {@code --fail-on-reject} looks at. */
    public boolean anyRejected() {
        return rejected() > 0 || sheetsRejected() > 0 || files(FileOutcome.UNREADABLE) > 0;
    }

    public Map<String, Long> rejectedByReason() {
        return merged(FileLog::reasonCounts);
    }

    public Map<String, Long> warningsByReason() {
        return merged(FileLog::warningCounts);
    }

    public Map<String, Long> skippedByReason() {
        return merged(FileLog::skipCounts);
    }

    private long sum(java.util.function.ToLongFunction<FileLog> count) {
        return files.stream().mapToLong(count).sum();
    }

    private Map<String, Long> merged(Function<FileLog, Map<String, Long>> counts) {
        Map<String, Long> out = new TreeMap<>();
        files.forEach(f -> counts.apply(f).forEach((k, v) -> out.merge(k, v, Long::sum)));
        return out;
    }

    public void print(PrintStream out) {
        restored.forEach((table, version) -> both(out, "", "summary.recovered", table.tableName(), version));
        if (files.isEmpty()) {
            both(out, "", "summary.none");
            return;
        }
        both(out, "== ", "summary.title", batchId);
        both(out, "", "summary.files", files.size(), files(FileOutcome.INGESTED),
                files(FileOutcome.DUPLICATE_FILE), files(FileOutcome.UNREADABLE));
        both(out, "", "summary.rows.read", read());
        both(out, "  ", "summary.rows.accepted", accepted());
        both(out, "  ", "summary.rows.rejected", rejected());
        counts(out, rejectedByReason());
        both(out, "  ", "summary.rows.skipped", skipped());
        counts(out, skippedByReason());
        if (sheetsRejected() > 0) {
            both(out, "", "summary.sheets.rejected", sheetsRejected());
        }
        both(out, "", "summary.revisions", newRevisions(), unchanged());
        Map<String, Long> warnings = warningsByReason();
        if (!warnings.isEmpty()) {
            String list = warnings.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            both(out, "", "summary.warnings", list);
        }
        List<FileLog> unreadable = files.stream().filter(f -> f.outcome() == FileOutcome.UNREADABLE).toList();
        if (!unreadable.isEmpty()) {
            both(out, "", "summary.unreadable");
            unreadable.forEach(f -> out.println("    " + f.messageVi() + "\n    " + f.messageEn()));
        }
        both(out, "", "summary.where");
        out.flush();
    }

    private static void counts(PrintStream out, Map<String, Long> counts) {
        counts.forEach((reason, count) -> out.println("      " + reason + ": " + count));
    }

    /** The Vietnamese line, then the English one when it differs. */
    private static void both(PrintStream out, String indent, String key, Object... args) {
        Object[] texts = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
        String vi = MESSAGES.vi(key, texts);
        String en = MESSAGES.en(key, texts);
        out.println(indent + vi);
        if (!en.equals(vi)) {
            out.println(" ".repeat(indent.length() + 2) + en);
        }
    }
}
