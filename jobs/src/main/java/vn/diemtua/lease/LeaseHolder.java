package vn.diemtua.lease;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Who holds (or held) a generation of the lease: the run, and the process it ran in, so that a
 * later run on the same machine can tell a holder that died from one still working.
 *
 * @param generation  the lease generation, 1, 2, … (one per run that held it)
 * @param run         what ran, e.g. {@code ingest 5f0c…} or {@code lock}
 * @param host        the machine's name
 * @param pid         the process id on that machine
 * @param pidStarted  when that process started (epoch milliseconds; 0 if unknown): a pid reused by
 *                    another process after the holder died is not taken for the holder
 * @param tookOver    the generation this one took over from a dead or silent holder, or 0
 */
record LeaseHolder(long generation, String run, String host, long pid, long pidStarted, String user,
                   Instant acquiredAt, long tookOver) {
    /** Process start times read by two JVMs may differ by rounding; a reused pid starts much later. */
    private static final long START_TOLERANCE_MS = 1_000;
    private static final String THIS_HOST = hostName();

    /** This process, about to hold {@code generation}. */
    static LeaseHolder thisProcess(long generation, String run, long tookOver) {
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new LeaseHolder(generation, run, THIS_HOST, self.pid(), started,
                System.getProperty("user.name", ""), Instant.now(), tookOver);
    }

    /**
     * Whether this holder is a process on this machine that no longer runs. A holder on another
     * machine is never judged here (only by its silence).
     */
    boolean diedOnThisMachine() {
        if (!host.equals(THIS_HOST)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return pidStarted != 0 && started.isPresent()
                && Math.abs(started.get().toEpochMilli() - pidStarted) > START_TOLERANCE_MS;
    }

    /** "ingest 5f0c… (host h, pid 123, user u, since …)", for messages. */
    String describe() {
        return run + " (host " + host + ", pid " + pid + ", user " + user + ", since " + acquiredAt + ")";
    }

    String toText() {
        Properties p = new Properties();
        p.setProperty("generation", Long.toString(generation));
        p.setProperty("run", run);
        p.setProperty("host", host);
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("pid_started", Long.toString(pidStarted));
        p.setProperty("user", user);
        p.setProperty("acquired_at", acquiredAt.toString());
        p.setProperty("took_over", Long.toString(tookOver));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Điểm Tựa writer lease");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The holder written in {@code text}, or empty if the text is incomplete (still being written). */
    static Optional<LeaseHolder> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
            return Optional.of(new LeaseHolder(Long.parseLong(p.getProperty("generation")), p.getProperty("run"),
                    p.getProperty("host"), Long.parseLong(p.getProperty("pid")),
                    Long.parseLong(p.getProperty("pid_started")), p.getProperty("user"),
                    Instant.parse(p.getProperty("acquired_at")), Long.parseLong(p.getProperty("took_over"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
    }
}
