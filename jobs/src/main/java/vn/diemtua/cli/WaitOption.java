package vn.diemtua.cli;

import picocli.CommandLine.Option;
import vn.diemtua.lease.WriterLease;

import java.time.Duration;

/** {@code --wait MINUTES} of the commands that write a warehouse's tables (one at a time per warehouse). */
public final class WaitOption {
    @Option(names = "--wait", paramLabel = "MINUTES", defaultValue = "60",
            description = "How long to wait for another ingest, metrics, lock or unlock writing the same warehouse. "
                    + "Default: ${DEFAULT-VALUE}")
    long minutes;

    WriterLease.Settings settings() {
        if (minutes < 0) {
            throw new UsageException("--wait must be 0 or more minutes; got " + minutes);
        }
        return WriterLease.Settings.waiting(Duration.ofMinutes(minutes));
    }
}
