package vn.diemtua.locks;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.i18n.Messages;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The table {@code period_locks}: one row per {@code lock} or {@code unlock} ever run, never
 * rewritten, so the record of who closed and reopened which months, when and why, stays whole.
 * A handful of rows (one per command), read whole. Callers hold the warehouse's writer lease, so
 * that a lock never lands in the middle of an ingest.
 */
public final class PeriodLocks {
    public static final String LOCKED_TO = "locked_to";
    public static final String LOCKED_AT = "locked_at";
    public static final String REASON = "reason";
    public static final String ACTION = "action";
    public static final String BY_USER = "by_user";

    public static final StructType SCHEMA = new StructType()
            .add(LOCKED_TO, DataTypes.DateType, false)
            .add(LOCKED_AT, DataTypes.TimestampType, false)
            .add(REASON, DataTypes.StringType, true)
            .add(ACTION, DataTypes.StringType, false)
            .add(BY_USER, DataTypes.StringType, false);

    private static final Messages MESSAGES = new Messages("vn/diemtua/locks/messages");
    private final Warehouse warehouse;

    public PeriodLocks(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The locks in force; none if the table does not exist yet. */
    public LockState state() {
        if (!warehouse.exists(TableName.PERIOD_LOCKS)) {
            return LockState.of(List.of());
        }
        List<LockEvent> events = warehouse.read(TableName.PERIOD_LOCKS).collectAsList().stream()
                .map(PeriodLocks::event).toList();
        return LockState.of(events);
    }

    /** What a {@code lock} or {@code unlock} did, in words for the one who ran it. */
    public record Change(boolean changed, String messageVi, String messageEn) {
    }

    /**
     * Locks every month up to {@code month}; nothing is written if that lock is in force already.
     *
     * @param reason why (the conference), or null
     */
    public Change lock(YearMonth month, String reason, String user) {
        LockState state = state();
        if (state.hasLockAt(month)) {
            return change(false, "lock.already", month, inForce(state));
        }
        LockState after = append(new LockEvent(month, Instant.now(), blankToNull(reason), LockAction.LOCK, user));
        return change(true, "lock.done", month, inForce(after));
    }

    /**
     * Lifts the lock at {@code month}: its months take changes again, except those an earlier lock
     * still covers.
     *
     * @param reason why, required: reopening figures a conference saw must be explained
     * @throws IllegalArgumentException without a reason, or if no lock at {@code month} is in force
     */
    public Change unlock(YearMonth month, String reason, String user) {
        if (blankToNull(reason) == null) {
            throw new IllegalArgumentException(MESSAGES.vi("unlock.reason") + "\n" + MESSAGES.en("unlock.reason"));
        }
        LockState state = state();
        if (!state.hasLockAt(month)) {
            throw new IllegalArgumentException(MESSAGES.vi("unlock.none", month, inForce(state)) + "\n"
                    + MESSAGES.en("unlock.none", month, inForce(state)));
        }
        LockState after = append(new LockEvent(month, Instant.now(), reason.strip(), LockAction.UNLOCK, user));
        return change(true, "unlock.done", month, inForce(after));
    }

    private static Change change(boolean changed, String key, YearMonth month, String inForce) {
        return new Change(changed, MESSAGES.vi(key, month.toString(), inForce), MESSAGES.en(key, month.toString(), inForce));
    }

    /** "2023-12, 2024-12", or "-" when no lock is in force. */
    private static String inForce(LockState state) {
        List<LockEvent> locks = state.inForce();
        return locks.isEmpty() ? "-" : String.join(", ", locks.stream().map(l -> l.lockedTo().toString()).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Appends one event (one Delta commit), creating the table on first use; the state after it. */
    private LockState append(LockEvent event) {
        if (!warehouse.exists(TableName.PERIOD_LOCKS)) {
            DeltaTable.createIfNotExists(warehouse.spark()).location(warehouse.pathOf(TableName.PERIOD_LOCKS))
                    .addColumns(SCHEMA).execute();
        }
        Row row = RowFactory.create(Date.valueOf(event.lockedTo().atDay(1)), Timestamp.from(event.lockedAt()),
                event.reason(), event.action().label(), event.byUser());
        warehouse.spark().createDataFrame(List.of(row), SCHEMA).coalesce(1).write().format("delta")
                .mode("append").save(warehouse.pathOf(TableName.PERIOD_LOCKS));
        return state();
    }

    private static LockEvent event(Row row) {
        return new LockEvent(YearMonth.from(row.<Date>getAs(LOCKED_TO).toLocalDate()),
                row.<Timestamp>getAs(LOCKED_AT).toInstant(), row.getAs(REASON),
                LockAction.ofLabel(row.getAs(ACTION)), row.getAs(BY_USER));
    }
}
