package vn.diemtua.maintain;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.TableName;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.HistoryRetention;
import vn.diemtua.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableMaintenanceTest {
    private final SparkSession spark = SparkTestSession.get();
    private Path folder;
    private Warehouse warehouse;

    @BeforeEach
    void newWarehouse() {
        folder = SparkTestSession.newFolder("maintain");
        warehouse = new Warehouse(spark, folder.toUri().toString());
        // Retention 0 deletes what the test just replaced; Delta refuses that unless told.
        spark.conf().set(TableMaintenance.RETENTION_CHECK, "false");
    }

    @AfterEach
    void restore() {
        spark.conf().unset(TableMaintenance.RETENTION_CHECK);
    }

    /** One write of three partitions: three small files (per table partition). */
    private void writeSmallFiles(TableName table, String... partitionBy) {
        spark.range(0, 30, 1, 3)
                .select(col("id").cast("string").as("ma_xa"), col("id").mod(3).cast("string").as("metric_id"),
                        col("id").cast("string").as("unit_code"), col("id").multiply(lit(7L)).as("value"))
                .write().format("delta").partitionBy(partitionBy).save(warehouse.pathOf(table));
    }

    private List<Row> sortedRows(TableName table) {
        return warehouse.read(table).orderBy("ma_xa").collectAsList();
    }

    private long parquetFiles(TableName table) throws IOException {
        try (var files = Files.walk(folder.resolve(table.tableName()))) {
            return files.filter(p -> p.toString().endsWith(".parquet") && !p.toString().contains("_delta_log")).count();
        }
    }

    @Test
    void compactsZOrdersAndVacuumsWithoutChangingRows() throws IOException {
        writeSmallFiles(TableName.COMMUNE_MONTH);
        List<Row> before = sortedRows(TableName.COMMUNE_MONTH);
        long filesOnDisk = parquetFiles(TableName.COMMUNE_MONTH);
        MaintenancePlan plan = new MaintenancePlan(MaintenancePlan.defaultZOrder(), 0, true);

        MaintenanceResult result = new TableMaintenance(warehouse, plan).run(TableName.COMMUNE_MONTH);

        assertEquals(3, result.filesBefore());
        assertEquals(1, result.filesAfter());
        assertEquals(List.of("ma_xa"), result.zOrderBy());
        assertEquals(result.filesBefore(), result.filesRemoved());
        assertEquals(1, result.filesAdded());
        assertEquals(result.filesRemoved(), result.filesDeleted(), "VACUUM deletes exactly the replaced files");
        assertEquals(filesOnDisk - result.filesRemoved() + result.filesAdded(), parquetFiles(TableName.COMMUNE_MONTH));
        assertEquals(before, sortedRows(TableName.COMMUNE_MONTH));
    }

    @Test
    void keepsFilesInsideTheRetentionWindowAndSkipsZOrderOnPartitionColumns() throws IOException {
        writeSmallFiles(TableName.METRIC_VALUES, "metric_id");
        long filesOnDisk = parquetFiles(TableName.METRIC_VALUES);
        MaintenancePlan plan = new MaintenancePlan(MaintenancePlan.defaultZOrder(), 24, true);

        MaintenanceResult result = new TableMaintenance(warehouse, plan).run(TableName.METRIC_VALUES);

        assertEquals(List.of(), result.zOrderBy(), "metric_id is a partition column");
        assertEquals(3, result.filesAfter(), "one file per partition");
        assertEquals(0, result.filesDeleted(), "replaced files are younger than the 24 h retained");
        assertEquals(filesOnDisk + result.filesAdded(), parquetFiles(TableName.METRIC_VALUES));
    }

    @Test
    void compactionOnlyWhenAskedAndNothingDeletedWithoutVacuum() {
        writeSmallFiles(TableName.OUTLIERS);
        MaintenancePlan plan = new MaintenancePlan(Map.of(), 0, false);

        MaintenanceResult result = new TableMaintenance(warehouse, plan).run(TableName.OUTLIERS);

        assertEquals(List.of(), result.zOrderBy());
        assertEquals(1, result.filesAfter());
        assertEquals(-1, result.filesDeleted());
    }

    @Test
    void shortRetentionIsRefusedWhileDeltasCheckIsOn() {
        MaintenancePlan shortPlan = new MaintenancePlan(Map.of(), 24, true);
        assertFalse(new TableMaintenance(warehouse, shortPlan).retentionRefusedByDelta(), "check turned off here");
        spark.conf().unset(TableMaintenance.RETENTION_CHECK);
        assertTrue(new TableMaintenance(warehouse, shortPlan).retentionRefusedByDelta());
        assertFalse(new TableMaintenance(warehouse, new MaintenancePlan(Map.of(), 168, true)).retentionRefusedByDelta());
        assertFalse(new TableMaintenance(warehouse, new MaintenancePlan(Map.of(), 0, false)).retentionRefusedByDelta());
    }

    @Test
    void raisesTheHistoryKeptByATableMadeBefore() {
        writeSmallFiles(TableName.COMMUNE_MONTH);
        assertEquals(HistoryRetention.interval(), properties(TableName.COMMUNE_MONTH).get(HistoryRetention.TABLE_PROPERTY),
                "a table this program's session creates keeps a conference year");
        spark.sql("ALTER TABLE delta.`" + warehouse.pathOf(TableName.COMMUNE_MONTH)
                + "` SET TBLPROPERTIES ('delta.logRetentionDuration' = 'interval 30 days')");
        List<Row> before = sortedRows(TableName.COMMUNE_MONTH);

        new TableMaintenance(warehouse, new MaintenancePlan(Map.of(), 0, false)).run(TableName.COMMUNE_MONTH);

        assertEquals(HistoryRetention.interval(), properties(TableName.COMMUNE_MONTH).get(HistoryRetention.TABLE_PROPERTY));
        assertEquals(before, sortedRows(TableName.COMMUNE_MONTH));
    }

    private Map<String, String> properties(TableName table) {
        Row detail = warehouse.delta(table).orElseThrow().detail().first();
        return detail.getJavaMap(detail.fieldIndex("properties"));
    }
}
