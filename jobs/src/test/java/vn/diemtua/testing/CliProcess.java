package vn.diemtua.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code scripts/diemtua} as a running subprocess whose standard error is watched line by line, so
 * that a test can kill it (SIGKILL, as the kernel's OOM killer or a lost node would) at a chosen
 * point of its work. {@code scripts/diemtua} ends in {@code exec java}: the process is the JVM itself.
 */
public final class CliProcess {
    private final Process process;
    private final Path out;
    private final List<String> errLines = new ArrayList<>();
    private final CompletableFuture<String> trigger = new CompletableFuture<>();
    private final Predicate<String> killOn;
    private final long started = System.nanoTime();
    private volatile double cpuSeconds;
    private volatile long peakRssKb;
    private final CompletableFuture<Long> ended;

    private CliProcess(Process process, Path out, Predicate<String> killOn) {
        this.process = process;
        this.out = out;
        this.killOn = killOn;
        Thread reader = new Thread(this::watch, "cli-stderr-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        this.ended = process.onExit().thenApply(p -> System.nanoTime());
        Thread sampler = new Thread(this::sample, "cli-usage-" + process.pid());
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * CPU time and peak resident memory of the JVM, read from /proc while it runs (Linux; zero
     * elsewhere): a machine shared with other jobs stretches wall-clock time, not CPU time.
     */
    private void sample() {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            try {
                String line = Files.readString(stat);
                // After "pid (name) ": state, then fields 4…; utime and stime are fields 14 and 15, in ticks of 1/100 s.
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                cpuSeconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:")).findFirst()
                        .ifPresent(l -> peakRssKb = Long.parseLong(l.replaceAll("\\D", "")));
                Thread.sleep(200);
            } catch (IOException | RuntimeException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Starts {@code scripts/diemtua args…}; {@code killOn} (or null) picks the stderr line to die at. */
    public static CliProcess start(Predicate<String> killOn, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Cli.repo().resolve("scripts/diemtua").toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("diemtua-out", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile());
            builder.environment().put("DIEMTUA_TMP", System.getProperty("java.io.tmpdir"));
            return new CliProcess(builder.start(), out, killOn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void watch() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                synchronized (errLines) {
                    errLines.add(line);
                }
                if (killOn != null && !trigger.isDone() && killOn.test(line)) {
                    kill();
                    trigger.complete(line);
                }
            }
        } catch (IOException e) {
            // The process died; what it printed is kept.
        }
    }

    /** SIGKILL to the JVM and anything it started: no shutdown hook, no finally block runs. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** The stderr line the process was killed at, or null if it ended first. */
    public String killedAt() {
        return trigger.getNow(null);
    }

    /** Waits for the end; what it printed, its exit code, and its CPU time. */
    public Result await(Duration atMost) {
        try {
            if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new IllegalStateException("diemtua did not finish in " + atMost);
            }
            double seconds = (ended.join() - started) / 1e9;
            synchronized (errLines) {
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        String.join("\n", errLines), seconds, cpuSeconds, peakRssKb / 1024, killedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /**
     * @param seconds    wall-clock time from start to end
     * @param cpuSeconds CPU time of the JVM (user and system), as last sampled before it ended
     * @param peakRssMb  the JVM's peak resident memory, as last sampled
     * @param killedAt   the stderr line it was killed at, or null
     */
    public record Result(int exitCode, String out, String err, double seconds, double cpuSeconds, long peakRssMb,
                         String killedAt) {
        public String describe() {
            return "exit " + exitCode + (killedAt == null ? "" : " (killed at: " + killedAt + ")")
                    + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
