package vn.diemtua.metrics.job;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MonthSetTest {
    private static YearMonth ym(String s) {
        return YearMonth.parse(s);
    }

    @Test
    void aChangeReachesTheFollowingMonthsWithinTheData() {
        MonthSet changed = new MonthSet(List.of(ym("2023-03"), ym("2024-09")));
        assertEquals("2023-03, 2024-09", changed.toString());
        MonthSet reach = changed.withFollowing(12, ym("2023-01"), ym("2024-10"));
        assertEquals("2023-03…2024-03, 2024-09…2024-10", reach.toString());
        assertEquals(15, reach.size());
        assertEquals("ky_bao_cao IN (DATE'2023-03-01', DATE'2024-09-01')", changed.predicate("ky_bao_cao"));
        assertEquals("2023-01…2023-12", MonthSet.range(ym("2023-01"), ym("2023-12")).toString());
    }
}
