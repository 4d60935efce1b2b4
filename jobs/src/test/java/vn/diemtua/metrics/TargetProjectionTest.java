package vn.diemtua.metrics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.metrics.catalog.MetricCatalog;

import java.sql.Date;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Four units, one more of them with its headquarters in use each month from 2024-01 (0, 1, 2, 3,
 * 4 in use): a trend of exactly one unit a month.
 */
class TargetProjectionTest {
    private static MetricRows rows;

    @BeforeAll
    static void compute() {
        String[] units = {"00001", "00004", "00700", "02200"};
        Fixture f = new Fixture();
        for (int m = 0; m < 5; m++) {
            String month = "2024-0" + (m + 1);
            for (int u = 0; u < units.length; u++) {
                f.add(units[u], month, "tru_so", u < m ? "da_su_dung" : "chua_co", "toi_pham_phat_hien", 10,
                        "toi_pham_lam_ro", 6 + m);
            }
        }
        MetricCatalog catalog = MetricRows.catalog(
                "in_use_late,a,a,\"COUNTIF(tru_so = \"\"da_su_dung\"\")\",units,higher,>=,4,2024-12",
                "in_use_early,a,a,\"COUNTIF(tru_so = \"\"da_su_dung\"\")\",units,higher,>=,4,2024-04",
                "in_use_strict,a,a,\"COUNTIF(tru_so = \"\"da_su_dung\"\")\",units,higher,>,3,2024-12",
                "no_site,a,a,\"COUNTIF(tru_so = \"\"chua_co\"\")\",units,lower,<=,0,2024-12",
                "solve,a,a,SUM(toi_pham_lam_ro) / SUM(toi_pham_phat_hien),percent,higher,>=,80%,yearly");
        rows = MetricRows.compute(f, catalog, Fixture.reference(), "2024-01", EnumSet.of(Level.NATION));
    }

    private static Object get(String column, String metric, String month) {
        return rows.get(metric, "as_reported", "nation", "VN", month).getAs(column);
    }

    @Test
    void linearTrendGivesTheMonthTheTargetIsMet() {
        // March: 2 in use, +1 a month over Jan–Mar: 4 are reached in May.
        assertEquals(Date.valueOf("2024-05-01"), get("projected_month", "in_use_late", "2024-03"));
        assertEquals(true, get("on_track", "in_use_late", "2024-03"));
        assertEquals(0.5, get("attainment", "in_use_late", "2024-03"));
        assertEquals(2.0, get("gap", "in_use_late", "2024-03"));
        // The same pace misses an April deadline.
        assertEquals(Date.valueOf("2024-05-01"), get("projected_month", "in_use_early", "2024-03"));
        assertEquals(false, get("on_track", "in_use_early", "2024-03"));
        // "More than 3": 3 in April is not enough, so May.
        assertEquals(Date.valueOf("2024-05-01"), get("projected_month", "in_use_strict", "2024-03"));
        // A lower-is-better target on a falling series.
        assertEquals(Date.valueOf("2024-05-01"), get("projected_month", "no_site", "2024-03"));
        assertEquals(2.0, get("gap", "no_site", "2024-03"));
    }

    @Test
    void metTargetsAndTooShortTrends() {
        assertEquals(Date.valueOf("2024-05-01"), get("projected_month", "in_use_late", "2024-05"));
        assertEquals(true, get("on_track", "in_use_late", "2024-05"));
        assertEquals(1.0, get("attainment", "in_use_late", "2024-05"));
        assertNull(get("projected_month", "in_use_late", "2024-02"), "two months are not a trend");
        assertEquals(false, get("on_track", "in_use_late", "2024-02"));
        assertEquals(Date.valueOf("2024-12-01"), get("target_deadline", "in_use_late", "2024-02"));
    }

    @Test
    void yearlyTargetsFollowTheYearToDate() {
        // Solved 24, 28, 32 of 40 a month: year to date 24/40, 52/80, 84/120 = 0.6, 0.65, 0.7.
        assertEquals(0.7, (Double) get("attainment", "solve", "2024-03") * 0.8, 1e-12);
        assertEquals(Date.valueOf("2024-05-01"), get("projected_month", "solve", "2024-03"));
        assertEquals(true, get("on_track", "solve", "2024-03"));
    }
}
