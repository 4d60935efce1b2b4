package vn.diemtua.warehouse;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.TableName;
import vn.diemtua.testing.SparkTestSession;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A table's version from its Delta log: -1 before it exists, then one more per commit. */
class WarehouseTest {
    @Test
    void versionFollowsCommits() {
        SparkSession spark = SparkTestSession.get();
        Warehouse warehouse = new Warehouse(spark, SparkTestSession.newFolder("warehouse-version").toUri().toString());
        assertEquals(-1L, warehouse.version(TableName.INGEST_LOG));
        spark.range(3).write().format("delta").save(warehouse.pathOf(TableName.INGEST_LOG));
        assertEquals(0L, warehouse.version(TableName.INGEST_LOG));
        spark.range(2).write().format("delta").mode("append").save(warehouse.pathOf(TableName.INGEST_LOG));
        assertEquals(1L, warehouse.version(TableName.INGEST_LOG));
    }
}
