package vn.diemtua.metrics;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OutliersTest {

    @Test
    void valuesFarFromTheUnitsOwnHistoryAreFlagged() {
        Fixture f = new Fixture();
        // 00001: 10, 12, 10, 12 … for 14 months, then 60 (flagged) and 13 (not flagged).
        for (int m = 0; m < 16; m++) {
            String month = YearMonth.of(2023, 1).plusMonths(m).toString();
            long crimes = m == 14 ? 60 : (m == 15 ? 13 : (m % 2 == 0 ? 10 : 12));
            // Traffic deaths: 0 every month, then 1 (under the floor, not flagged) and 5 (flagged).
            long deaths = m == 14 ? 1 : (m == 15 ? 5 : 0);
            f.add("00001", month, "toi_pham_phat_hien", crimes, "tngt_chet", deaths);
            // 00004 has only 11 months of history before its spike: too short to judge.
            if (m >= 3) {
                f.add("00004", month, "toi_pham_phat_hien", m == 14 ? 500 : 1);
            }
        }
        List<Row> rows = Outliers.compute(f.frame(), Fixture.REORG, lit(true)).orderBy("ky_bao_cao", "key").collectAsList();
        assertEquals(2, rows.size(), rows.toString());
        Row spike = rows.get(0);
        assertEquals("00001", spike.getAs("ma_xa"));
        assertEquals("2024-03-01", spike.getAs("ky_bao_cao").toString());
        assertEquals("toi_pham_phat_hien", spike.getAs("key"));
        assertEquals(60L, spike.<Long>getAs("value"));
        assertEquals(11.0, spike.<Double>getAs("median"));
        assertEquals(1.0, spike.<Double>getAs("mad"));
        assertEquals(11.0 - 3.5 * 1.4826, spike.<Double>getAs("expected_low"), 1e-9);
        assertEquals(11.0 + 3.5 * 1.4826, spike.<Double>getAs("expected_high"), 1e-9);
        assertEquals(14, spike.<Integer>getAs("history_months"));
        Row deaths = rows.get(1);
        assertEquals("tngt_chet", deaths.getAs("key"));
        assertEquals("2024-04-01", deaths.getAs("ky_bao_cao").toString());
        assertEquals(0.0, deaths.<Double>getAs("expected_low"));
        assertEquals(3.5, deaths.<Double>getAs("expected_high"));
        assertEquals(List.of(Outliers.schema().fieldNames()), List.of(Outliers.compute(f.frame(), Fixture.REORG, lit(true)).columns()));
    }
}
