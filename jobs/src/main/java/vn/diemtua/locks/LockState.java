package vn.diemtua.locks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The locks in force after a history of {@code lock} and {@code unlock}: each lock covers every
 * month up to its month until an unlock names that same month. Several conferences may each lock
 * their window; the months locked are those up to the latest lock in force, so unlocking the
 * latest one leaves the earlier one's months locked.
 */
public final class LockState {
    private final TreeMap<YearMonth, LockEvent> active;

    private LockState(TreeMap<YearMonth, LockEvent> active) {
        this.active = active;
    }

    /** The state after {@code events}, applied in the order they happened. */
    public static LockState of(List<LockEvent> events) {
        TreeMap<YearMonth, LockEvent> active = new TreeMap<>();
        List<LockEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(LockEvent::lockedAt));
        for (LockEvent event : ordered) {
            if (event.action() == LockAction.LOCK) {
                active.put(event.lockedTo(), event);
            } else {
                active.remove(event.lockedTo());
            }
        }
        return new LockState(active);
    }

    /** The lock that decides which months are closed (the one reaching furthest), if any. */
    public Optional<LockEvent> governing() {
        return Optional.ofNullable(active.lastEntry()).map(Map.Entry::getValue);
    }

    /** Every lock in force, by month. */
    public List<LockEvent> inForce() {
        return List.copyOf(active.values());
    }

    public boolean isLocked(YearMonth month) {
        return governing().map(g -> !month.isAfter(g.lockedTo())).orElse(false);
    }

    public boolean hasLockAt(YearMonth month) {
        return active.containsKey(month);
    }
}
