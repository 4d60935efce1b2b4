package vn.diemtua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.diemtua.locks.PeriodLocks;

import java.time.YearMonth;

/** {@code unlock --to YYYY-MM --reason TEXT}: lifts the lock at that month, with the reason recorded. */
@Command(name = "unlock", description = {
        "Mở khóa tại tháng YYYY-MM (bắt buộc nêu lý do, được lưu trong period_locks).",
        "Lift the lock at YYYY-MM (a reason is required and kept in period_locks)."})
public final class UnlockCommand extends PeriodLockCommand {
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the months are reopened.")
    String reason;

    @Override
    protected PeriodLocks.Change change(PeriodLocks locks, YearMonth month, String user) {
        return locks.unlock(month, reason, user);
    }
}
