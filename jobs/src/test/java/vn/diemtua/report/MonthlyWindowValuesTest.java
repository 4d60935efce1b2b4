package vn.diemtua.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.WindowValuesSchema;
import vn.diemtua.testing.SparkTestSession;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The window recombined from monthly rows: flows summed, ratios of sums, stocks at the last month. */
class MonthlyWindowValuesTest {
    private static Map<String, Row> nation;

    @BeforeAll
    static void compute() {
        Dataset<Row> rows = new MonthlyWindowValues(Set.of("hq_in_use_share"))
                .compute(ReportFixtures.metricValues(SparkTestSession.get()), "as_reported", ReportFixtures.WINDOW);
        assertEquals(WindowValuesSchema.schema().fieldNames().length, rows.schema().fieldNames().length);
        assertEquals(List.of(WindowValuesSchema.schema().fieldNames()), List.of(rows.schema().fieldNames()),
                "the columns of WindowValuesSchema, in order");
        nation = rows.filter("level = 'nation'").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("metric_id"), r -> r));
    }

    @Test
    void aFlowIsTheSumOfTheWindowsMonths() {
        // Months 12..23 of the fixture: 1770 + 10 * (i % 5), and months 0..11 a year earlier.
        double window = 0;
        double prior = 0;
        for (int i = 0; i < 12; i++) {
            prior += 1770 + 10 * (i % 5);
            window += 1770 + 10 * ((i + 12) % 5);
        }
        Row crimes = nation.get("crimes_and_violations");
        assertEquals(window, crimes.<Double>getAs("window_value"), 1e-9);
        assertEquals(prior, crimes.<Double>getAs("prior_value"), 1e-9);
        assertEquals((window - prior) / prior, crimes.<Double>getAs("change_pct"), 1e-12);
    }

    @Test
    void aRatioIsTheRatioOfTheSums() {
        double solved = 0;
        for (int i = 12; i < 24; i++) {
            solved += 760 + i;
        }
        assertEquals(solved / 12_000, nation.get("solve_rate").<Double>getAs("window_value"), 1e-12);
    }

    @Test
    void aStockIsItsLastMonth() {
        Row hq = nation.get("hq_in_use_share");
        assertEquals(0.623, hq.<Double>getAs("window_value"), 1e-12);
        assertEquals(0.394 + 0.01 * 11, hq.<Double>getAs("prior_value"), 1e-12);
        assertEquals(">=", hq.getAs("target_operator"));
        assertEquals(1.0, hq.<Double>getAs("target_value"), 0);
        assertNull(nation.get("crimes_and_violations").getAs("target_value"));
    }
}
