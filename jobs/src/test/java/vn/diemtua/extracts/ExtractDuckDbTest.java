package vn.diemtua.extracts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.MetricValuesSchema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Reads the extract with DuckDB, independently of Spark: every dataset opens, rows match the
 * manifest, types are what the dictionary says, and the totals equal {@code metric_values}.
 */
class ExtractDuckDbTest {
    private static Connection duckdb;
    private static String folder;
    private static Manifest manifest;

    @BeforeAll
    static void extractAndConnect() throws Exception {
        ExtractJob.Result result = ExtractFixture.extract(ExtractFixture.sharedWarehouse(), ExtractFixture.newOut(),
                ExtractFixture.request(MetricValuesSchema.CURRENT), (t, r) -> java.util.Optional.of(ExtractFixture.windowValues()));
        folder = java.nio.file.Path.of(result.folder().toUri()).toString();
        manifest = result.manifest();
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        for (Manifest.DatasetSummary dataset : manifest.datasets()) {
            view(dataset.name());
        }
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    /** A dataset as a DuckDB view; commune_month with its province_code folders kept as text. */
    private static void view(String dataset) throws SQLException {
        // A view cannot take parameters: the path (ours, not user input) goes in as a quoted literal.
        String files = (folder + "/" + dataset + "/**/*.parquet").replace("'", "''");
        try (var statement = duckdb.createStatement()) {
            statement.execute("CREATE OR REPLACE VIEW " + dataset + " AS SELECT * FROM read_parquet('" + files
                    + "', hive_partitioning = true, hive_types_autocast = false)");
        }
    }

    private static Map<String, Object> rows(String sql, int keyColumns) throws SQLException {
        Map<String, Object> rows = new TreeMap<>();
        try (PreparedStatement statement = duckdb.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                for (int i = 1; i <= keyColumns; i++) {
                    key.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.put(key.toString(), rs.getObject(keyColumns + 1));
            }
        }
        return rows;
    }

    @Test
    void everyDatasetOpensWithTheManifestsRowCount() throws SQLException {
        for (Manifest.DatasetSummary dataset : manifest.datasets()) {
            assertEquals(Map.of("", dataset.rows()), rows("SELECT count(*) FROM " + dataset.name(), 0), dataset.name());
        }
        assertEquals(6, manifest.datasets().size());
    }

    @Test
    void typesAreTheDictionarysInDuckDbsWords() throws SQLException {
        Map<String, Object> types = rows("SELECT column_name, column_type FROM (DESCRIBE commune_month)", 1);
        assertEquals("VARCHAR", types.get("ma_xa"));
        assertEquals("DATE", types.get("ky_bao_cao"));
        assertEquals("BIGINT", types.get("toi_pham_phat_hien"));
        assertEquals("BIGINT", types.get("can_bo_chinh_quy"));
        assertEquals("VARCHAR", types.get("province_code"), "02 stays 02");
        assertEquals("VARCHAR[]", types.get("warnings"));
        assertEquals(Map.of("01", 3L, "02", 2L, "08", 3L),
                rows("SELECT province_code, count(*) FROM commune_month GROUP BY 1", 1));
    }

    @Test
    void nationalTotalsEqualTheMetricValuesOfTheNation() throws SQLException {
        Map<String, Object> fromTotals = rows("SELECT ky_bao_cao, CAST(coalesce(toi_pham_phat_hien, 0) + "
                + "coalesce(vi_pham_phat_hien, 0) AS DOUBLE) FROM nation_month", 1);
        Map<String, Object> fromMetrics = rows("SELECT ky_bao_cao, value FROM metric_values "
                + "WHERE metric_id = 'crimes_and_violations' AND level = 'nation' AND unit_code = 'VN'", 1);
        assertEquals(new HashMap<>(ExtractFixture.NATION_CRIMES_AND_VIOLATIONS), new HashMap<>(fromMetrics));
        assertEquals(fromMetrics, fromTotals);
        Map<String, Object> fromCommunes = rows("SELECT ky_bao_cao, CAST(sum(coalesce(toi_pham_phat_hien, 0) + "
                + "coalesce(vi_pham_phat_hien, 0)) AS DOUBLE) FROM commune_month GROUP BY 1", 1);
        assertEquals(fromTotals, fromCommunes);
        assertEquals(Map.of("", 38.0), rows("SELECT sum(value) FROM metric_values "
                + "WHERE metric_id = 'crimes_and_violations' AND level = 'nation'", 0));
        assertEquals(Map.of("", 38.0), rows("SELECT window_value FROM window_values", 0));
    }

    @Test
    void provinceTotalsInTheCurrentGeographyEqualTheProvinceMetric() throws SQLException {
        Map<String, Object> total = rows("SELECT unit_code, ky_bao_cao, CAST(toi_pham_phat_hien + vi_pham_phat_hien AS DOUBLE) "
                + "FROM province_month WHERE unit_code = '08' AND ky_bao_cao = DATE '2025-05-01'", 2);
        Map<String, Object> metric = rows("SELECT unit_code, ky_bao_cao, value FROM metric_values "
                + "WHERE metric_id = 'crimes_and_violations' AND level = 'province'", 2);
        assertEquals(metric, total);
        assertFalse(metric.isEmpty());
    }
}
