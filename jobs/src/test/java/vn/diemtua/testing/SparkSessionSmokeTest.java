package vn.diemtua.testing;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.TableName;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.ReferenceTables;
import vn.diemtua.warehouse.Warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparkSessionSmokeTest {
    @Test
    void referenceTablesAreWrittenOnceAndReadBack() {
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), SparkTestSession.newFolder("wh").toUri().toString());
        ReferenceTables.ensure(warehouse, ReferenceData.bundled());
        ReferenceTables.ensure(warehouse, ReferenceData.bundled());
        assertEquals(10_035 + 3_321, warehouse.read(TableName.UNITS).count());
        assertEquals(0, warehouse.version(TableName.UNITS));
        Row province = warehouse.read(TableName.PROVINCE_CROSSWALK).where("old_province_code = '02'").first();
        assertEquals("08", province.getAs("new_province_code"));
    }
}
