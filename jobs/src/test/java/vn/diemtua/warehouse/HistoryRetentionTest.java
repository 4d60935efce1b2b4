package vn.diemtua.warehouse;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryRetentionTest {
    private static boolean keeps(String value) {
        return HistoryRetention.sufficient(Map.of(HistoryRetention.TABLE_PROPERTY, value));
    }

    @Test
    void aConferenceYearOrMoreIsEnough() {
        assertTrue(keeps(HistoryRetention.interval()));
        assertTrue(keeps("interval 500 days"));
        assertTrue(keeps("400 days"));
        assertTrue(keeps("INTERVAL 10000 HOURS"));
    }

    @Test
    void lessUnsetOrUnreadableIsNot() {
        assertFalse(HistoryRetention.sufficient(Map.of()), "Delta's default is 30 days");
        assertFalse(keeps("interval 30 days"));
        assertFalse(keeps("interval 399 days 23 hours"));
        assertFalse(keeps("a year"));
    }
}
