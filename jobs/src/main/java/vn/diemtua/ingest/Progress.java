package vn.diemtua.ingest;

import org.apache.spark.util.LongAccumulator;
import vn.diemtua.i18n.Messages;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress on standard error while files are read (files done of total, rows, elapsed) and at each
 * phase. The counts come from accumulators, which Spark merges as tasks finish: files are read in
 * several tasks per core so that the count moves.
 */
final class Progress implements AutoCloseable {
    private static final Messages MESSAGES = new Messages("vn/diemtua/ingest/messages");
    private final PrintStream out;
    private final long started = System.nanoTime();
    private ScheduledExecutorService ticker;

    Progress(PrintStream out) {
        this.out = out;
    }

    /** Prints the counts every few seconds until {@link #close()}. */
    void watchFiles(long total, LongAccumulator filesDone, LongAccumulator rowsRead) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ingest-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> files(total, filesDone.value(), rowsRead.value()), 5, 5, TimeUnit.SECONDS);
    }

    void files(long total, long done, long rows) {
        out.println(MESSAGES.vi("progress.files", String.valueOf(done), String.valueOf(total), String.valueOf(rows), seconds()));
    }

    void phase(String what) {
        out.println(MESSAGES.vi("progress.phase", what, seconds()));
    }

    private String seconds() {
        return String.valueOf((System.nanoTime() - started) / 1_000_000_000L);
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
