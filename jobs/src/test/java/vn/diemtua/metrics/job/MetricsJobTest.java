package vn.diemtua.metrics.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import vn.diemtua.metrics.Fixture;
import vn.diemtua.metrics.MetricRows;
import vn.diemtua.metrics.Outliers;
import vn.diemtua.metrics.ReportingRates;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.TableName;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsJobTest {
    private static final MetricCatalog CATALOG = MetricRows.catalog(
            "solve_rate,a,a,SUM(toi_pham_lam_ro) / SUM(toi_pham_phat_hien),percent,higher,>,75%,yearly",
            "crimes,a,a,SUM(toi_pham_phat_hien),cases,,,,",
            "officers,a,a,SUM(can_bo_chinh_quy),persons,higher,,,",
            "hq_share,a,a,\"COUNTIF(tru_so = \"\"da_su_dung\"\") / COUNT(tru_so)\",percent,higher,>=,100%,2025-12",
            "completeness,a,a,COUNT(ky_bao_cao) / EXPECTED(),percent,higher,,,");

    /**
     * Two years of four units with varied values; {@code corrected}: late corrections of 2023-03
     * and 2024-04 (an outlier) and a withdrawn report of 2024-06.
     */
    private static Dataset<Row> communeMonth(boolean corrected) {
        Fixture f = new Fixture();
        String[] units = {"00001", "00004", "00700", "02200"};
        for (int m = 0; m < 24; m++) {
            YearMonth month = YearMonth.of(2023, 1).plusMonths(m);
            for (int u = 0; u < units.length; u++) {
                if (u == 3 && m % 5 == 0 || corrected && u == 1 && month.toString().equals("2024-06")) {
                    continue;
                }
                long crimes = 10 + (m * 7 + u * 3) % 11;
                if (corrected && (u == 0 && month.toString().equals("2023-03") || u == 2 && month.toString().equals("2024-04"))) {
                    crimes += 80;
                }
                f.add(units[u], month.toString(), "toi_pham_phat_hien", crimes, "toi_pham_lam_ro", crimes * (6 + u) / 10,
                        "can_bo_chinh_quy", 5 + u + m / 6, "tru_so", m > 6 * u ? "da_su_dung" : "dang_xay_dung",
                        "ngay_gui", month.plusMonths(1).atDay(1 + (m + u) % 9).toString());
            }
        }
        return f.frame();
    }

    private static void ingest(Warehouse warehouse, Dataset<Row> rows) {
        rows.write().format("delta").mode("overwrite").save(warehouse.pathOf(TableName.COMMUNE_MONTH));
    }

    private static List<Row> snapshot(Warehouse warehouse, TableName table) {
        return warehouse.read(table).collectAsList();
    }

    private static void assertSameRows(List<Row> expected, List<Row> actual, TableName table) {
        List<String> e = new ArrayList<>(expected.stream().map(Row::toString).sorted().toList());
        List<String> a = new ArrayList<>(actual.stream().map(Row::toString).sorted().toList());
        assertEquals(e.size(), a.size(), table + " row count");
        assertEquals(e, a, table.tableName());
    }

    @Test
    void incrementalRunAfterALateCorrectionEqualsAFullRebuild() {
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), SparkTestSession.newFolder("metrics-job").toUri().toString());
        List<String> progress = new ArrayList<>();
        MetricsJob job = new MetricsJob(warehouse, CATALOG, Fixture.reference(), progress::add);

        ingest(warehouse, communeMonth(false));
        MetricsJob.Summary first = job.run(false);
        assertTrue(first.en().get(0).startsWith("full rebuild (first run)"), first.en().toString());
        assertEquals(List.of(MetricValuesSchema.schema().fieldNames()), List.of(warehouse.read(TableName.METRIC_VALUES).columns()));
        assertEquals(types(MetricValuesSchema.schema().fields()), types(warehouse.read(TableName.METRIC_VALUES).schema().fields()));
        assertEquals(List.of(ReportingRates.schema().fieldNames()), List.of(warehouse.read(TableName.REPORTING_RATES).columns()));
        assertEquals(List.of(Outliers.schema().fieldNames()), List.of(warehouse.read(TableName.OUTLIERS).columns()));

        MetricsJob.Summary again = job.run(false);
        assertEquals(List.of("metrics are up to date with commune_month version 0; nothing recomputed"), again.en());

        ingest(warehouse, communeMonth(true));
        long metricVersion = warehouse.version(TableName.METRIC_VALUES);
        MetricsJob.Summary incremental = job.run(false);
        assertEquals("incremental from commune_month version 0 to 1: 3 unit-months changed in 3 month(s): 2023-03, 2024-04, 2024-06",
                incremental.en().get(0));
        assertTrue(incremental.en().get(1).startsWith("metric_values: "), incremental.en().toString());
        assertTrue(incremental.en().get(1).endsWith(" rows for 2023-03…2024-12"), incremental.en().get(1));
        assertTrue(incremental.en().get(2).endsWith(" rows for 2023-03, 2024-04, 2024-06"), incremental.en().get(2));
        assertTrue(incremental.en().get(3).endsWith(" rows for 2023-03…2024-12"), incremental.en().get(3));
        assertEquals(metricVersion + 1, warehouse.version(TableName.METRIC_VALUES), "one commit per table");
        assertEquals(List.of("00700 2024-04-01 toi_pham_lam_ro", "00700 2024-04-01 toi_pham_phat_hien"),
                snapshot(warehouse, TableName.OUTLIERS).stream()
                        .map(r -> r.getAs("ma_xa") + " " + r.getAs("ky_bao_cao") + " " + r.getAs("key")).sorted().toList(),
                "the 2024-04 correction is an outlier, in both keys it changed");

        List<Row> values = snapshot(warehouse, TableName.METRIC_VALUES);
        List<Row> rates = snapshot(warehouse, TableName.REPORTING_RATES);
        List<Row> outliers = snapshot(warehouse, TableName.OUTLIERS);
        MetricsJob.Summary rebuilt = job.run(true);
        assertTrue(rebuilt.en().get(0).startsWith("full rebuild (--full)"), rebuilt.en().toString());
        assertSameRows(values, snapshot(warehouse, TableName.METRIC_VALUES), TableName.METRIC_VALUES);
        assertSameRows(rates, snapshot(warehouse, TableName.REPORTING_RATES), TableName.REPORTING_RATES);
        assertSameRows(outliers, snapshot(warehouse, TableName.OUTLIERS), TableName.OUTLIERS);

        MetricCatalog changed = MetricCatalog.parse("other.csv", "id,label_vi,label_en,formula,unit,direction\ncrimes,a,a,SUM(toi_pham_phat_hien),cases,\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MetricsJob.Summary afterCatalogChange = new MetricsJob(warehouse, changed, Fixture.reference(), progress::add).run(false);
        assertTrue(afterCatalogChange.en().get(0).startsWith("full rebuild (the catalog changed)"), afterCatalogChange.en().toString());
        assertEquals(1, warehouse.read(TableName.METRIC_VALUES).select("metric_id").distinct().count());
        assertEquals(2L * 4, warehouse.read(TableName.METRICS_STATE).count(), "two state rows per run that wrote");
        assertFalse(progress.isEmpty());
    }

    private static List<DataType> types(StructField[] fields) {
        return Arrays.stream(fields).map(StructField::dataType).toList();
    }
}
