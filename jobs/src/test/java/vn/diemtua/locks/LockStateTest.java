package vn.diemtua.locks;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockStateTest {
    private static LockEvent event(String month, int minute, LockAction action) {
        return new LockEvent(YearMonth.parse(month), Instant.parse("2024-10-01T08:00:00Z").plusSeconds(60L * minute),
                "hội nghị", action, "an");
    }

    @Test
    void noLockLocksNothing() {
        LockState state = LockState.of(List.of());
        assertTrue(state.governing().isEmpty());
        assertFalse(state.isLocked(YearMonth.of(2020, 1)));
    }

    @Test
    void aLockCoversEveryMonthUpToItsMonth() {
        LockState state = LockState.of(List.of(event("2023-12", 0, LockAction.LOCK)));
        assertTrue(state.isLocked(YearMonth.of(2019, 5)));
        assertTrue(state.isLocked(YearMonth.of(2023, 12)));
        assertFalse(state.isLocked(YearMonth.of(2024, 1)));
    }

    @Test
    void unlockingTheLatestLockLeavesTheEarlierOne() {
        LockState state = LockState.of(List.of(
                event("2024-12", 2, LockAction.LOCK),
                event("2023-12", 0, LockAction.LOCK),
                event("2024-12", 5, LockAction.UNLOCK)));
        assertEquals(YearMonth.of(2023, 12), state.governing().orElseThrow().lockedTo());
        assertFalse(state.isLocked(YearMonth.of(2024, 6)));
        assertTrue(state.isLocked(YearMonth.of(2023, 6)));
    }

    @Test
    void eventsCountInTheOrderTheyHappenedNotTheOrderRead() {
        LockState relocked = LockState.of(List.of(
                event("2023-12", 9, LockAction.LOCK),
                event("2023-12", 0, LockAction.LOCK),
                event("2023-12", 4, LockAction.UNLOCK)));
        assertTrue(relocked.isLocked(YearMonth.of(2023, 12)), "locked, unlocked, locked again");
        assertEquals(List.of(YearMonth.of(2023, 12)), relocked.inForce().stream().map(LockEvent::lockedTo).toList());
    }
}
