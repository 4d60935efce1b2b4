package vn.diemtua.report;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWindowTest {
    @Test
    void namesItsFolderAndItsYearEarlier() {
        ReportWindow window = ReportWindow.parse("2022-10", "2023-09");
        assertEquals("2022-10_2023-09", window.folderName());
        assertEquals(new ReportWindow(YearMonth.of(2021, 10), YearMonth.of(2022, 9)), window.prior());
        assertEquals(12, window.months().size());
    }

    @Test
    void defaultGeographyFollowsTheReorganisation() {
        assertEquals("as_reported", ReportWindow.parse("2024-07", "2025-06").defaultGeography());
        assertEquals("current", ReportWindow.parse("2024-08", "2025-07").defaultGeography());
        assertEquals("current", ReportWindow.parse("2026-01", "2026-12").defaultGeography());
    }

    @Test
    void refusesMonthsItCannotRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportWindow.parse("10/2022", "2023-09"));
        assertTrue(e.getMessage().contains("--from must be a month written YYYY-MM"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportWindow.parse("2023-10", "2023-09"));
    }
}
