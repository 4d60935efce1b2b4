package vn.diemtua.locks;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One row of {@code period_locks}.
 *
 * @param lockedTo the last month the lock covers (every month up to it)
 * @param reason   why: optional for a lock, required for an unlock
 * @param byUser   the operating-system user who ran the command
 */
public record LockEvent(YearMonth lockedTo, Instant lockedAt, String reason, LockAction action, String byUser) {
}
