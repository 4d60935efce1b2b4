package vn.diemtua.metrics;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportingRatesTest {

    @Test
    void expectedReportedOnTimeLateAndMissingUnits() {
        Fixture f = new Fixture()
                .add("00001", "2024-03", "ngay_gui", "2024-04-05")   // on the due date: on time
                .add("00004", "2024-03", "ngay_gui", "2024-04-06")   // a day late
                .add("00700", "2024-03")                             // no sending date
                // 02200 (province 08) does not report in March.
                .add("00001", "2024-04", "ngay_gui", "2024-04-30")
                .add("00004", "2024-04", "ngay_gui", "2024-05-02")
                .add("00700", "2024-04", "ngay_gui", "2024-05-05")
                .add("02200", "2024-04", "ngay_gui", "2024-05-10");
        List<Row> result = ReportingRates.compute(UnitMonths.of(f.frame(), Fixture.reference()), Fixture.reference()).collectAsList();
        Map<String, Row> rows = new HashMap<>();
        result.forEach(r -> rows.put(r.getAs("unit_code") + "/" + r.getAs("ky_bao_cao").toString().substring(0, 7), r));
        assertEquals(2 * 4, result.size(), "3 provinces and the nation, 2 months");

        Row hanoi = rows.get("01/2024-03");
        assertEquals("province", hanoi.getAs("level"));
        assertEquals("Thành phố Hà Nội", hanoi.getAs("unit_name"));
        assertEquals(java.sql.Date.valueOf("2024-04-05"), hanoi.getAs("due_date"));
        assertEquals(List.of(2L, 2L, 1L, 1L, 0L), counts(hanoi));
        assertEquals(1.0, hanoi.<Double>getAs("completeness"));
        assertEquals(0.5, hanoi.<Double>getAs("timeliness"));

        assertEquals(List.of(1L, 1L, 0L, 0L, 1L), counts(rows.get("02/2024-03")));
        Row missing = rows.get("08/2024-03");
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L), counts(missing));
        assertEquals(0.0, missing.<Double>getAs("completeness"));

        Row nation = rows.get("VN/2024-03");
        assertEquals("nation", nation.getAs("level"));
        assertEquals(List.of(4L, 3L, 1L, 1L, 1L), counts(nation));
        assertEquals(0.75, nation.<Double>getAs("completeness"));
        assertEquals(0.25, nation.<Double>getAs("timeliness"));
        assertEquals(List.of(4L, 4L, 3L, 1L, 0L), counts(rows.get("VN/2024-04")));
        assertEquals(List.of(ReportingRates.schema().fieldNames()), List.of(
                ReportingRates.compute(UnitMonths.of(f.frame(), Fixture.reference()), Fixture.reference()).columns()));
    }

    private static List<Long> counts(Row r) {
        return List.of(r.getAs("expected_units"), r.getAs("reported_units"), r.getAs("on_time_units"),
                r.getAs("late_units"), r.getAs("undated_units"));
    }
}
