package vn.diemtua.metrics;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.metrics.catalog.MetricCatalog;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two years (2023-01 to 2024-12) of province 01: commune 00001 detects m crimes in month m
 * (m = 1 … 24) and solves 1; commune 00004 detects 2 and solves 2 each month but does not report
 * 2023-07. Officers: 10 and 5 each month, 12 for 00001 in 2024-03.
 */
class MetricValuesTest {
    private static MetricRows rows;

    @BeforeAll
    static void compute() {
        Fixture f = new Fixture();
        for (int m = 1; m <= 24; m++) {
            String month = YearMonth.of(2023, 1).plusMonths(m - 1).toString();
            f.add("00001", month, "toi_pham_phat_hien", m, "toi_pham_lam_ro", 1, "can_bo_chinh_quy", month.equals("2024-03") ? 12 : 10);
            if (!month.equals("2023-07")) {
                f.add("00004", month, "toi_pham_phat_hien", 2, "toi_pham_lam_ro", 2, "can_bo_chinh_quy", 5);
            }
        }
        MetricCatalog catalog = MetricCatalog.bundled().only(Set.of("solve_rate", "crimes_detected", "regular_officers",
                "reporting_completeness"));
        rows = MetricRows.compute(f, catalog, Fixture.reference(), "2023-01", EnumSet.of(Level.COMMUNE, Level.PROVINCE, Level.NATION));
    }

    private static Double province(String column, String metric, String month) {
        return rows.value(column, metric, "as_reported", "province", "01", month);
    }

    @Test
    void monthPreviousMonthAndSameMonthLastYear() {
        assertEquals(17.0, province("value", "crimes_detected", "2024-03"));
        assertEquals(16.0, province("prev_value", "crimes_detected", "2024-03"));
        assertEquals(1.0, province("mom_change", "crimes_detected", "2024-03"));
        assertEquals(1.0 / 16, province("mom_change_pct", "crimes_detected", "2024-03"), 1e-12);
        assertEquals(5.0, province("yoy_value", "crimes_detected", "2024-03"));
        assertEquals(12.0, province("yoy_change", "crimes_detected", "2024-03"));
        assertEquals(12.0 / 5, province("yoy_change_pct", "crimes_detected", "2024-03"), 1e-12);
        assertNull(province("yoy_value", "crimes_detected", "2023-12"), "no data a year before");
        assertNull(province("prev_value", "crimes_detected", "2023-01"));
    }

    @Test
    void yearToDateAndRollingWindows() {
        assertEquals(48.0, province("ytd_value", "crimes_detected", "2024-03"));
        assertEquals(48.0, province("rolling_3", "crimes_detected", "2024-03"));
        // 2023-04 … 2024-03: 4 + … + 15 from 00001, 11 × 2 from 00004 (no report in 2023-07).
        assertEquals(136.0, province("rolling_12", "crimes_detected", "2024-03"));
        assertEquals(78.0 + 22, province("ytd_value", "crimes_detected", "2023-12"));
        assertEquals(100.0, province("rolling_12", "crimes_detected", "2023-12"));
        assertNull(province("rolling_12", "crimes_detected", "2023-11"), "window starts before the data");
        assertNull(province("rolling_3", "crimes_detected", "2023-02"));
        assertEquals(3.0, province("ytd_value", "crimes_detected", "2023-01"));
    }

    @Test
    void ratiosAreRecomputedFromTotals() {
        assertEquals(3.0 / 17, province("value", "solve_rate", "2024-03"), 1e-12);
        assertEquals(3.0, province("numerator", "solve_rate", "2024-03"));
        assertEquals(17.0, province("denominator", "solve_rate", "2024-03"));
        assertEquals(9.0 / 48, province("ytd_value", "solve_rate", "2024-03"), 1e-12);
        assertEquals(34.0 / 136, province("rolling_12", "solve_rate", "2024-03"), 1e-12);
        assertEquals(3.0 / 5, province("yoy_value", "solve_rate", "2024-03"), 1e-12);
        assertNull(province("numerator", "crimes_detected", "2024-03"), "not a ratio");
    }

    @Test
    void stocksTakeTheLastMonthOfEachWindow() {
        assertEquals(17.0, province("value", "regular_officers", "2024-03"));
        assertEquals(17.0, province("ytd_value", "regular_officers", "2024-03"));
        assertEquals(17.0, province("rolling_12", "regular_officers", "2024-03"));
        assertEquals(15.0, province("prev_value", "regular_officers", "2024-03"));
        assertEquals(15.0, province("ytd_value", "regular_officers", "2024-04"));
        assertEquals(10.0, province("value", "regular_officers", "2023-07"), "only 00001 reported");
    }

    @Test
    void completenessAndMissingUnitMonths() {
        assertEquals(0.5, province("value", "reporting_completeness", "2023-07"));
        assertEquals(23.0 / 24, province("ytd_value", "reporting_completeness", "2023-12"), 1e-12);
        assertEquals(23.0 / 24, province("rolling_12", "reporting_completeness", "2024-03"), 1e-12);
        assertEquals(1.0, province("rolling_12", "reporting_completeness", "2024-07"));
        // The unit that did not report has a row saying so, and no crime figure for the month.
        assertEquals(0.0, rows.value("value", "reporting_completeness", "as_reported", "commune", "00004", "2023-07"));
        assertNull(rows.value("value", "crimes_detected", "as_reported", "commune", "00004", "2023-07"));
        assertNull(rows.value("prev_value", "crimes_detected", "as_reported", "commune", "00004", "2023-08"));
    }

    @Test
    void namesParentsTargetsAndFlags() {
        Row commune = rows.get("solve_rate", "as_reported", "commune", "00001", "2024-03");
        assertEquals("Phường A", commune.getAs("unit_name"));
        assertEquals("001", commune.getAs("parent_code"));
        assertTrue(commune.getList(commune.fieldIndex("flags")).isEmpty());
        Row province = rows.get("solve_rate", "as_reported", "province", "01", "2024-03");
        assertEquals("VN", province.getAs("parent_code"));
        assertEquals(">", province.getAs("target_operator"));
        assertEquals(0.75, province.<Double>getAs("target_value"));
        assertEquals(java.sql.Date.valueOf("2024-12-01"), province.getAs("target_deadline"));
        assertEquals((9.0 / 48) / 0.75, province.<Double>getAs("attainment"), 1e-12, "yearly targets use the year to date");
        assertEquals(0.75 - 9.0 / 48, province.<Double>getAs("gap"), 1e-12);
        assertNotNull(province.getAs("on_track"));
        assertEquals(Boolean.FALSE, province.getAs("on_track"));
        assertNull(rows.get("crimes_detected", "as_reported", "province", "01", "2024-03").getAs("target_operator"));
        // Before 2025-07 the current geography is re-based, even where nothing changed.
        Row current = rows.get("crimes_detected", "current", "province", "01", "2024-03");
        assertEquals(17.0, current.<Double>getAs("value"));
        assertEquals(java.util.List.of("rebased"), current.getList(current.fieldIndex("flags")));
    }
}
