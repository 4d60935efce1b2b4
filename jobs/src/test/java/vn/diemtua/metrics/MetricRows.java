package vn.diemtua.metrics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.metrics.catalog.MetricCatalog;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.lit;

/** Computes metric_values for a fixture and looks rows up by metric, geography, level, unit and month. */
public final class MetricRows {
    private final Map<String, Row> rows = new HashMap<>();

    MetricRows(Dataset<Row> metricValues) {
        for (Row row : metricValues.collectAsList()) {
            String key = String.join("/", row.<String>getAs("metric_id"), row.getAs("geography"), row.getAs("level"),
                    row.getAs("unit_code"), row.getAs("ky_bao_cao").toString().substring(0, 7));
            if (rows.put(key, row) != null) {
                throw new AssertionError("two rows for " + key);
            }
        }
    }

    static MetricRows compute(Fixture fixture, MetricCatalog catalog, MetricsReference reference, String dataStart,
                              Set<Level> levels) {
        Dataset<Row> leaves = LeafTable.build(UnitMonths.of(fixture.frame(), reference), catalog, reference,
                EnumSet.allOf(Geography.class), levels);
        return new MetricRows(MetricValues.compute(leaves, catalog, reference, YearMonth.parse(dataStart), lit(true)));
    }

    public static MetricCatalog catalog(String... rows) {
        String csv = "id,label_vi,label_en,formula,unit,direction,target_operator,target_value,target_deadline\n"
                + String.join("\n", rows) + "\n";
        return MetricCatalog.parse("test.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The row, e.g. {@code get("solve_rate", "as_reported", "province", "01", "2024-03")}, or null. */
    Row get(String metric, String geography, String level, String unit, String month) {
        return rows.get(String.join("/", metric, geography, level, unit, month));
    }

    Double value(String column, String metric, String geography, String level, String unit, String month) {
        Row row = get(metric, geography, level, unit, month);
        if (row == null) {
            throw new AssertionError("no row " + String.join("/", metric, geography, level, unit, month));
        }
        return row.getAs(column);
    }

    int size() {
        return rows.size();
    }
}
