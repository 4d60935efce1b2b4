package vn.diemtua.lease;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import vn.diemtua.testing.SparkTestSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer lease on a local folder: one holder at a time, dead and silent holders taken over. */
class WriterLeaseTest {
    private static final Configuration HADOOP = new Configuration();
    private static final WriterLease.Settings NO_WAIT = new WriterLease.Settings(Duration.ZERO,
            Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMillis(10));
    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(said, true, StandardCharsets.UTF_8);

    private static String warehouse() {
        return SparkTestSession.newFolder("lease").toUri().toString();
    }

    @Test
    void oneHolderAtATimeThenTheNextGeneration() {
        String warehouse = warehouse();
        WriterLease first = WriterLease.acquire(HADOOP, warehouse, "ingest", NO_WAIT, log);
        assertEquals(1, first.generation());
        WriterLease.LeaseException busy = assertThrows(WriterLease.LeaseException.class,
                () -> WriterLease.acquire(HADOOP, warehouse, "lock --to 2024-09", NO_WAIT, log));
        assertTrue(busy.getMessage().contains("ingest (host ") && busy.getMessage().contains("pid "
                + ProcessHandle.current().pid()), busy.getMessage());
        first.checkHeld();
        first.close();
        try (WriterLease second = WriterLease.acquire(HADOOP, warehouse, "lock --to 2024-09", NO_WAIT, log)) {
            assertEquals(2, second.generation());
        }
        assertTrue(said.toString(StandardCharsets.UTF_8).isEmpty(), "no waiting, no take-over: " + said);
    }

    @Test
    void aHolderThatDiedOnThisMachineIsTakenOverAtOnce() throws Exception {
        String warehouse = warehouse();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        LeaseHolder dead = new LeaseHolder(1, "ingest", LeaseHolder.thisProcess(1, "x", 0).host(), gone.pid(),
                0, "someone", Instant.now(), 0);
        assertTrue(new LeaseFiles(HADOOP, warehouse).create(dead));
        try (WriterLease lease = WriterLease.acquire(HADOOP, warehouse, "ingest", NO_WAIT, log)) {
            assertEquals(2, lease.generation());
        }
        assertTrue(said.toString(StandardCharsets.UTF_8).contains("Took over the writer lease from generation 1"), said::toString);
    }

    @Test
    void aPidReusedByAnotherProcessIsNotTheHolder() throws Exception {
        String warehouse = warehouse();
        // This very process, but "started" an hour earlier than it did: the holder's process is gone.
        LeaseHolder me = LeaseHolder.thisProcess(1, "ingest", 0);
        LeaseHolder earlier = new LeaseHolder(1, "ingest", me.host(), me.pid(), me.pidStarted() - 3_600_000,
                "someone", Instant.now(), 0);
        assertTrue(new LeaseFiles(HADOOP, warehouse).create(earlier));
        try (WriterLease lease = WriterLease.acquire(HADOOP, warehouse, "ingest", NO_WAIT, log)) {
            assertEquals(2, lease.generation());
        }
    }

    @Test
    void aHolderOnAnotherMachineIsWaitedForUntilItFallsSilent() throws Exception {
        String warehouse = warehouse();
        LeaseHolder remote = new LeaseHolder(1, "ingest", "another-driver", 42, 0, "someone", Instant.now(), 0);
        assertTrue(new LeaseFiles(HADOOP, warehouse).create(remote));
        assertThrows(WriterLease.LeaseException.class, () -> WriterLease.acquire(HADOOP, warehouse, "ingest", NO_WAIT, log));
        // Its last sign of life 11 minutes ago: silent longer than the 10 allowed.
        Path holderFile = new Path(warehouse, LeaseFiles.FOLDER + "/0000000001.holder");
        FileSystem fs = holderFile.getFileSystem(HADOOP);
        fs.setTimes(holderFile, System.currentTimeMillis() - Duration.ofMinutes(11).toMillis(), -1);
        try (WriterLease lease = WriterLease.acquire(HADOOP, warehouse, "ingest", NO_WAIT, log)) {
            assertEquals(2, lease.generation());
        }
    }

    @Test
    void aHolderTakenOverFindsOutBeforeItCommits() throws IOException {
        String warehouse = warehouse();
        WriterLease slow = WriterLease.acquire(HADOOP, warehouse, "ingest", NO_WAIT, log);
        LeaseHolder other = new LeaseHolder(2, "ingest", "another-driver", 42, 0, "someone", Instant.now(), 1);
        assertTrue(new LeaseFiles(HADOOP, warehouse).create(other));
        WriterLease.LeaseException lost = assertThrows(WriterLease.LeaseException.class, slow::checkHeld);
        assertTrue(lost.getMessage().contains("generation 2 has taken it over"), lost.getMessage());
        slow.close();
    }

    @Test
    void exactlyOneOfManyRunsCreatingAGenerationAtOnceHoldsIt() throws Exception {
        LeaseFiles files = new LeaseFiles(HADOOP, warehouse());
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (long generation = 1; generation <= 40; generation++) {
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<Boolean>> runs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    LeaseHolder holder = new LeaseHolder(generation, "ingest " + t, "host", t, 0, "someone", Instant.now(), 0);
                    runs.add(pool.submit(() -> {
                        start.await();
                        return files.create(holder);
                    }));
                }
                int won = 0;
                for (Future<Boolean> run : runs) {
                    won += run.get() ? 1 : 0;
                }
                assertEquals(1, won, "holders of generation " + generation);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aWaitingRunStartsWhenTheHolderReleases() throws Exception {
        String warehouse = warehouse();
        WriterLease.Settings patient = new WriterLease.Settings(Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(10), Duration.ofMillis(20));
        int threads = 3;
        int rounds = 4;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            runs.add(pool.submit(() -> {
                List<Long> generations = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    try (WriterLease lease = WriterLease.acquire(HADOOP, warehouse, "ingest", patient, log)) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(30);
                        lease.checkHeld();
                        generations.add(lease.generation());
                        inside.decrementAndGet();
                    }
                }
                return generations;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> run : runs) {
            all.addAll(run.get());
        }
        pool.shutdown();
        assertEquals(1, most.get(), "never two holders at once");
        assertEquals(threads * rounds, all.stream().distinct().count(), "every run its own generation: " + all);
        assertTrue(said.toString(StandardCharsets.UTF_8).contains("Waiting: another run is writing this warehouse"), said::toString);
    }
}
