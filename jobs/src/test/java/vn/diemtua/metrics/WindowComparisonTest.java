package vn.diemtua.metrics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.model.WindowValuesSchema;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WindowComparisonTest {
    private static Map<String, Row> rows;

    /** Q1 2024 against Q1 2023: flows summed, stocks at March, ratios of totals. */
    @BeforeAll
    static void compute() {
        Fixture f = new Fixture()
                .add("00001", "2023-01", "toi_pham_phat_hien", 10, "toi_pham_lam_ro", 6)
                .add("00001", "2023-02", "toi_pham_phat_hien", 4, "toi_pham_lam_ro", 4)
                .add("00001", "2023-03", "toi_pham_phat_hien", 6, "toi_pham_lam_ro", 2, "can_bo_chinh_quy", 5, "tru_so", "dang_xay_dung")
                .add("00001", "2024-01", "toi_pham_phat_hien", 8, "toi_pham_lam_ro", 8, "can_bo_chinh_quy", 100)
                .add("00001", "2024-02", "toi_pham_phat_hien", 2, "toi_pham_lam_ro", 1)
                .add("00001", "2024-03", "toi_pham_phat_hien", 10, "toi_pham_lam_ro", 9, "can_bo_chinh_quy", 7, "tru_so", "da_su_dung")
                .add("00700", "2024-02", "toi_pham_phat_hien", 5, "toi_pham_lam_ro", 0, "can_bo_chinh_quy", 4);
        for (String month : List.of("2023-01", "2023-02", "2023-03", "2024-01", "2024-02", "2024-03")) {
            boolean march = month.endsWith("03");
            f.add("00004", month, "toi_pham_phat_hien", month.startsWith("2023") ? 1 : 2, "toi_pham_lam_ro", 1,
                    "can_bo_chinh_quy", march ? 3 : null, "tru_so", march ? "da_su_dung" : null);
        }
        Dataset<Row> result = WindowComparison.compute(f.frame(), MetricCatalog.bundled(), Fixture.reference(),
                Geography.AS_REPORTED, YearMonth.of(2024, 1), YearMonth.of(2024, 3), EnumSet.of(Level.PROVINCE, Level.NATION));
        assertEquals(WindowValuesSchema.schema().fieldNames().length, result.columns().length);
        assertEquals(List.of(WindowValuesSchema.schema().fieldNames()), List.of(result.columns()));
        rows = new HashMap<>();
        for (Row row : result.collectAsList()) {
            rows.put(row.<String>getAs("metric_id") + "/" + row.getAs("unit_code"), row);
        }
    }

    private static double value(String key, String column) {
        return rows.get(key).<Double>getAs(column);
    }

    @Test
    void ratiosAreRatiosOfWindowTotals() {
        assertEquals(21.0 / 26, value("solve_rate/01", "window_value"), 1e-12);
        assertEquals(15.0 / 23, value("solve_rate/01", "prior_value"), 1e-12);
        assertEquals(21.0 / 26 - 15.0 / 23, value("solve_rate/01", "change"), 1e-12);
        assertEquals((21.0 / 26 - 15.0 / 23) / (15.0 / 23), value("solve_rate/01", "change_pct"), 1e-12);
        assertEquals(21.0 / 31, value("solve_rate/VN", "window_value"), 1e-12);
        assertEquals(0.0, value("solve_rate/02", "window_value"));
        assertNull(rows.get("solve_rate/02").getAs("prior_value"));
    }

    @Test
    void flowsAreSummedAndStocksTakenAtTheLastMonth() {
        assertEquals(26.0, value("crimes_detected/01", "window_value"));
        assertEquals(31.0, value("crimes_detected/VN", "window_value"));
        assertEquals(23.0, value("crimes_detected/VN", "prior_value"));
        // 100 officers in January do not count: a stock is taken at the window's last month.
        assertEquals(10.0, value("regular_officers/01", "window_value"));
        assertEquals(8.0, value("regular_officers/01", "prior_value"));
        assertNull(rows.get("regular_officers/02"), "province 02 did not report officers in March");
        assertEquals(1.0, value("hq_in_use_share/01", "window_value"));
        assertEquals(0.5, value("hq_in_use_share/01", "prior_value"));
    }

    @Test
    void completenessCountsUnitMonthsOverTheWindow() {
        assertEquals(1.0, value("reporting_completeness/01", "window_value"));
        assertEquals(1.0 / 3, value("reporting_completeness/02", "window_value"), 1e-12);
        assertEquals(0.0, value("reporting_completeness/08", "window_value"));
        assertEquals(7.0 / 12, value("reporting_completeness/VN", "window_value"), 1e-12);
        assertEquals(6.0 / 12, value("reporting_completeness/VN", "prior_value"), 1e-12);
    }

    @Test
    void targetsNamesAndParents() {
        Row solve = rows.get("solve_rate/01");
        assertEquals(">", solve.getAs("target_operator"));
        assertEquals(0.75, solve.<Double>getAs("target_value"));
        assertEquals((21.0 / 26) / 0.75, solve.<Double>getAs("attainment"), 1e-12);
        assertEquals(0.75 - 21.0 / 26, solve.<Double>getAs("gap"), 1e-12);
        assertEquals("Thành phố Hà Nội", solve.getAs("unit_name"));
        assertEquals("VN", solve.getAs("parent_code"));
        assertEquals("Toàn quốc", rows.get("solve_rate/VN").getAs("unit_name"));
        assertNull(rows.get("crimes_detected/VN").getAs("target_operator"));
    }
}
