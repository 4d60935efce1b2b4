package vn.diemtua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.diemtua.locks.PeriodLocks;

import java.time.YearMonth;

/** {@code lock --to YYYY-MM [--reason TEXT]}: months up to it take no more changes (for a conference). */
@Command(name = "lock", description = {
        "Khóa số liệu các tháng đến YYYY-MM (cho hội nghị): các dòng làm thay đổi chúng bị từ chối (PERIOD_LOCKED).",
        "Lock every month up to YYYY-MM (for a conference): rows that would change them are rejected (PERIOD_LOCKED)."})
public final class LockCommand extends PeriodLockCommand {
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, e.g. the conference; kept in period_locks.")
    String reason;

    @Override
    protected PeriodLocks.Change change(PeriodLocks locks, YearMonth month, String user) {
        return locks.lock(month, reason, user);
    }
}
