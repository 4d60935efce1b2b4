package vn.diemtua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.diemtua.lease.WriterLease;
import vn.diemtua.locks.PeriodLocks;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** {@code lock} and {@code unlock}: one row in {@code period_locks}, under the writer lease. */
abstract class PeriodLockCommand extends SparkCommand {
    @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "The last month of the lock.")
    String to;

    @Mixin
    WaitOption wait;

    /** Locks or unlocks {@code month}; an IllegalArgumentException is bad usage. */
    protected abstract PeriodLocks.Change change(PeriodLocks locks, YearMonth month, String user);

    @Override
    protected int run(Warehouse warehouse) {
        YearMonth month;
        try {
            month = YearMonth.parse(to);
        } catch (DateTimeParseException e) {
            throw new UsageException("--to must be a month as YYYY-MM, e.g. 2024-09; got '" + to + "'");
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PeriodLocks.Change change;
        try (WriterLease lease = WriterLease.acquire(warehouse.spark().sparkContext().hadoopConfiguration(),
                warehouse.uri(), getClass().getAnnotation(Command.class).name() + " --to " + month, wait.settings(), err)) {
            change = change(new PeriodLocks(warehouse), month, System.getProperty("user.name", ""));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(change.messageVi());
        out.println(change.messageEn());
        return ExitCode.DONE;
    }
}
