package vn.diemtua.lease;

import org.apache.hadoop.conf.Configuration;
import vn.diemtua.i18n.Messages;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The right to write a warehouse's tables (ingest, period locks, metrics), held by one run at a time.
 *
 * <p>Generations: the run that creates {@code N.holder} first holds generation N; the next run
 * takes N+1 once N is released, or once N's holder is found dead: on this machine by its process
 * (gone, or its pid now another process), elsewhere by its silence (no beat for {@link
 * Settings#silentAfter()}). A run that finds the lease held waits, up to {@link Settings#waitAtMost()}.
 * A holder that was taken over (a long pause, a lost network) finds out at {@link #checkHeld()},
 * which a job calls before its commit mark, and fails instead of committing.
 */
public final class WriterLease implements AutoCloseable {
    private static final Messages MESSAGES = new Messages("vn/diemtua/lease/messages");
    /** Generations kept in the folder, as the recent history of runs. */
    private static final long HISTORY = 50;

    /**
     * @param waitAtMost  how long to wait for another run to finish
     * @param beatEvery   how often the holder shows it is alive
     * @param silentAfter how long a holder on another machine may be silent before it is taken for dead
     * @param pollEvery   how often a waiting run looks again
     */
    public record Settings(Duration waitAtMost, Duration beatEvery, Duration silentAfter, Duration pollEvery) {
        public static Settings waiting(Duration waitAtMost) {
            return new Settings(waitAtMost, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofSeconds(1));
        }
    }

    /** No lease within the wait, or a lease taken over while held: nothing was committed. */
    public static final class LeaseException extends RuntimeException {
        LeaseException(String message) {
            super(message);
        }
    }

    private final LeaseFiles files;
    private final LeaseHolder holder;
    private final ScheduledExecutorService beats;

    private WriterLease(LeaseFiles files, LeaseHolder holder, Duration beatEvery) {
        this.files = files;
        this.holder = holder;
        this.beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "writer-lease-beat");
            thread.setDaemon(true);
            return thread;
        });
        long every = beatEvery.toMillis();
        beats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lease of {@code warehouseUri}, waiting while another run holds it.
     *
     * @param run what is about to write, e.g. {@code ingest <batch id>}, shown to runs that wait
     * @param log where waiting and take-overs are told (standard error)
     */
    public static WriterLease acquire(Configuration hadoop, String warehouseUri, String run, Settings settings,
                                      PrintStream log) {
        LeaseFiles files = new LeaseFiles(hadoop, warehouseUri);
        Instant deadline = Instant.now().plus(settings.waitAtMost());
        Instant nextNotice = Instant.EPOCH;
        try {
            while (true) {
                Optional<LeaseFiles.Generation> latest = files.latest();
                long next = latest.map(g -> g.number() + 1).orElse(1L);
                Optional<String> busy = latest.flatMap(g -> heldBy(g, settings));
                if (busy.isEmpty()) {
                    long tookOver = latest.filter(g -> !g.released()).map(LeaseFiles.Generation::number).orElse(0L);
                    LeaseHolder me = LeaseHolder.thisProcess(next, run, tookOver);
                    if (files.create(me)) {
                        if (tookOver > 0) {
                            log.println(MESSAGES.vi("lease.took.over", tookOver, describe(latest.get())));
                            log.println(MESSAGES.en("lease.took.over", tookOver, describe(latest.get())));
                        }
                        files.prune(next - HISTORY);
                        return new WriterLease(files, me, settings.beatEvery());
                    }
                    continue;
                }
                Instant now = Instant.now();
                if (now.isAfter(deadline)) {
                    Object[] args = {busy.get(), settings.waitAtMost().toMinutes(), files.folder(),
                            settings.silentAfter().toMinutes()};
                    throw new LeaseException(MESSAGES.vi("lease.busy", args) + "\n" + MESSAGES.en("lease.busy", args));
                }
                if (now.isAfter(nextNotice)) {
                    log.println(MESSAGES.vi("lease.waiting", busy.get()));
                    log.println(MESSAGES.en("lease.waiting", busy.get()));
                    nextNotice = now.plusSeconds(30);
                }
                Thread.sleep(settings.pollEvery().toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take the writer lease in " + files.folder() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeaseException("Interrupted while waiting for the writer lease in " + files.folder());
        }
    }

    /** Who holds generation {@code g}, if someone does; empty if it is free or its holder is dead. */
    private static Optional<String> heldBy(LeaseFiles.Generation g, Settings settings) {
        if (g.released()) {
            return Optional.empty();
        }
        boolean silent = g.lastSign().plus(settings.silentAfter()).isBefore(Instant.now());
        if (g.holder().isEmpty()) {
            // Being written this instant, or garbage: wait for it unless it stays silent.
            return silent ? Optional.empty() : Optional.of("generation " + g.number());
        }
        LeaseHolder holder = g.holder().get();
        return silent || holder.diedOnThisMachine() ? Optional.empty() : Optional.of(holder.describe());
    }

    private static String describe(LeaseFiles.Generation g) {
        return g.holder().map(LeaseHolder::describe).orElse("generation " + g.number());
    }

    /** This run's generation. */
    public long generation() {
        return holder.generation();
    }

    /** Fails if another run has taken the lease over since this run took it. */
    public void checkHeld() {
        try {
            long newest = files.latest().map(LeaseFiles.Generation::number).orElse(0L);
            if (newest != holder.generation()) {
                throw new LeaseException(MESSAGES.vi("lease.lost", holder.generation(), newest) + "\n"
                        + MESSAGES.en("lease.lost", holder.generation(), newest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the writer lease in " + files.folder() + ": " + e.getMessage(), e);
        }
    }

    private void beat() {
        try {
            files.beat(holder.generation());
        } catch (IOException e) {
            // A missed beat costs nothing unless beats stay missing for minutes; the next one may pass.
            System.err.println("writer lease: beat not written: " + e.getMessage());
        }
    }

    /** Releases the lease (the next run takes it at once). */
    @Override
    public void close() {
        beats.shutdownNow();
        try {
            files.release(holder.generation());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the writer lease in " + files.folder() + ": " + e.getMessage(), e);
        }
    }
}
