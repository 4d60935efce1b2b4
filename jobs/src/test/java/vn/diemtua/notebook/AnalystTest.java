package vn.diemtua.notebook;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.TableName;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalystTest {
    private final Level rootLevel = Logger.getLogger("").getLevel();

    @AfterEach
    void restoreLogging() {
        Logger.getLogger("").setLevel(rootLevel);
    }

    private static Warehouse warehouseWithCommuneMonth() {
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), SparkTestSession.newFolder("analyst").toUri().toString());
        warehouse.spark().sql("""
                SELECT * FROM VALUES ('00004', DATE'2024-01-01', '01', CAST(3 AS BIGINT)),
                                     ('00004', DATE'2024-02-01', '01', CAST(5 AS BIGINT)),
                                     ('00097', DATE'2024-02-01', '02', CAST(NULL AS BIGINT))
                  AS t(ma_xa, ky_bao_cao, province_code, toi_pham_phat_hien)""")
                .write().format("delta").save(warehouse.pathOf(TableName.COMMUNE_MONTH));
        return warehouse;
    }

    @Test
    void theWarehouseTablesAreViewsOfTheirOwnNames() {
        Analyst analyst = new Analyst(warehouseWithCommuneMonth());
        assertEquals(List.of("commune_month"), analyst.tables());
        assertEquals(3L, analyst.sql("SELECT count(*) FROM commune_month").first().getLong(0));
        assertEquals(3L, analyst.table(TableName.COMMUNE_MONTH).count());
    }

    @Test
    void valuesAreBoundAsParametersNotPastedIntoTheQuery() {
        Analyst analyst = new Analyst(warehouseWithCommuneMonth());
        Row row = analyst.sql("SELECT sum(toi_pham_phat_hien) FROM commune_month WHERE province_code = :p",
                Map.of("p", "01")).first();
        assertEquals(8L, row.getLong(0));
        assertEquals(0L, analyst.sql("SELECT count(*) FROM commune_month WHERE province_code = :p",
                Map.of("p", "01' OR '1' = '1")).first().getLong(0));
    }

    @Test
    void aMissingTableIsNamedWithTheWarehouseAndWhatToRun() {
        Analyst analyst = new Analyst(warehouseWithCommuneMonth());
        assertSame(analyst, analyst.require(TableName.COMMUNE_MONTH));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> analyst.require(TableName.COMMUNE_MONTH, TableName.METRIC_VALUES, TableName.REJECTIONS));
        assertTrue(e.getMessage().contains("metric_values, rejections"), e.getMessage());
        assertTrue(e.getMessage().contains(analyst.warehouse().uri()), e.getMessage());
        assertTrue(e.getMessage().contains("scripts/diemtua demo"), e.getMessage());
    }

    @Test
    void theKernelsFinestJavaLoggingIsRaisedToInfoButAQuieterLevelIsKept() {
        Logger.getLogger("").setLevel(Level.FINEST);
        Analyst.quietJavaLogging();
        assertEquals(Level.INFO, Logger.getLogger("").getLevel());
        Logger.getLogger("").setLevel(Level.WARNING);
        Analyst.quietJavaLogging();
        assertEquals(Level.WARNING, Logger.getLogger("").getLevel());
    }
}
