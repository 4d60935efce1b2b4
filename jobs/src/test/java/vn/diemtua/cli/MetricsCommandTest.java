package vn.diemtua.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.diemtua.lease.WriterLease;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code metrics} writes only while it holds the warehouse's writer lease. */
class MetricsCommandTest {
    private static MetricsCommand parsed(String... args) {
        MetricsCommand command = new MetricsCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void waitsForTheWriterLeaseThenRuns() {
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), SparkTestSession.newFolder("metrics-lease").toUri().toString());
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (WriterLease ingest = WriterLease.acquire(warehouse.spark().sparkContext().hadoopConfiguration(), warehouse.uri(),
                "ingest", WriterLease.Settings.waiting(Duration.ZERO), log)) {
            WriterLease.LeaseException busy = assertThrows(WriterLease.LeaseException.class,
                    () -> parsed("--wait", "0").run(warehouse));
            assertTrue(busy.getMessage().contains("ingest"), busy.getMessage());
        }
        // Released: the run gets through the lease to the job, which finds nothing to compute from.
        UsageException missing = assertThrows(UsageException.class, () -> parsed("--wait", "0").run(warehouse));
        assertTrue(missing.getMessage().contains("commune_month"), missing.getMessage());
    }
}
