package vn.diemtua.metrics;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.reference.ReferenceData;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** June 2025 on the old units, July 2025 on the new ones; see {@link Fixture} for the crosswalks. */
class ContinuityTest {
    private static final MetricCatalog CATALOG = MetricCatalog.bundled().only(Set.of("crimes_detected", "regular_officers",
            "reporting_completeness"));

    private static Fixture fixture() {
        return new Fixture()
                .add("00001", "2025-06", "toi_pham_phat_hien", 10)
                .add("00004", "2025-06", "toi_pham_phat_hien", 20)
                .add("00700", "2025-06", "toi_pham_phat_hien", 30, "can_bo_chinh_quy", 8)
                .add("02200", "2025-06", "toi_pham_phat_hien", 40)
                .add("00004", "2025-07", "toi_pham_phat_hien", 35)
                .add("00800", "2025-07", "toi_pham_phat_hien", 12)
                .add("00801", "2025-07", "toi_pham_phat_hien", 50);
    }

    @Test
    void currentGeographyReBasesProvincesExactlyAndAppportionsSplitCommunes() {
        MetricRows rows = MetricRows.compute(fixture(), CATALOG, Fixture.reference(), "2025-06",
                EnumSet.of(Level.COMMUNE, Level.DISTRICT, Level.PROVINCE, Level.NATION));
        // Provinces: old 02 and 08 went whole into new 08.
        assertEquals(30.0, rows.value("value", "crimes_detected", "current", "province", "01", "2025-06"));
        assertEquals(70.0, rows.value("value", "crimes_detected", "current", "province", "08", "2025-06"));
        assertEquals(70.0, rows.value("prev_value", "crimes_detected", "current", "province", "08", "2025-07"));
        assertEquals(-8.0, rows.value("mom_change", "crimes_detected", "current", "province", "08", "2025-07"));
        assertEquals(100.0, rows.value("prev_value", "crimes_detected", "current", "nation", "VN", "2025-07"));
        assertEquals(100.0, rows.value("prev_value", "crimes_detected", "as_reported", "nation", "VN", "2025-07"));
        // Communes: 00001 and 00004 merged; 00700 split equally into 00800 and 00801.
        assertEquals(30.0, rows.value("value", "crimes_detected", "current", "commune", "00004", "2025-06"));
        assertEquals(15.0, rows.value("value", "crimes_detected", "current", "commune", "00800", "2025-06"));
        assertEquals(55.0, rows.value("value", "crimes_detected", "current", "commune", "00801", "2025-06"));
        assertEquals(4.0, rows.value("value", "regular_officers", "current", "commune", "00800", "2025-06"));
        assertEquals(1.0, rows.value("value", "reporting_completeness", "current", "commune", "00801", "2025-06"));
        assertEquals(1.5, rows.value("denominator", "reporting_completeness", "current", "commune", "00801", "2025-06"));
        assertEquals(15.0, rows.value("prev_value", "crimes_detected", "current", "commune", "00800", "2025-07"));
        Row split = rows.get("crimes_detected", "current", "commune", "00800", "2025-06");
        assertEquals(List.of("rebased", "apportioned"), split.getList(split.fieldIndex("flags")));
        assertEquals("Xã E", split.getAs("unit_name"));
        assertEquals("08", split.getAs("parent_code"));
        Row merged = rows.get("crimes_detected", "current", "commune", "00004", "2025-06");
        assertEquals(List.of("rebased"), merged.getList(merged.fieldIndex("flags")));
        assertEquals("Phường Ba Đình", merged.getAs("unit_name"));
        Row after = rows.get("crimes_detected", "current", "commune", "00004", "2025-07");
        assertEquals(List.of(), after.getList(after.fieldIndex("flags")));
    }

    @Test
    void asReportedKeepsEachMonthsUnitsAndBreaksTrendsAcrossTheReorganisation() {
        MetricRows rows = MetricRows.compute(fixture(), CATALOG, Fixture.reference(), "2025-06",
                EnumSet.of(Level.COMMUNE, Level.DISTRICT, Level.PROVINCE, Level.NATION));
        assertEquals(30.0, rows.value("value", "crimes_detected", "as_reported", "province", "02", "2025-06"));
        assertEquals(40.0, rows.value("value", "crimes_detected", "as_reported", "province", "08", "2025-06"));
        assertNull(rows.value("prev_value", "crimes_detected", "as_reported", "province", "08", "2025-07"),
                "old and new province 08 are different units");
        assertEquals(30.0, rows.value("value", "crimes_detected", "as_reported", "district", "001", "2025-06"));
        assertNull(rows.get("crimes_detected", "as_reported", "district", "001", "2025-07"));
        assertNull(rows.get("crimes_detected", "current", "district", "001", "2025-06"));
        Row old = rows.get("crimes_detected", "as_reported", "commune", "00004", "2025-06");
        assertEquals("Phường B", old.getAs("unit_name"));
        assertEquals("001", old.getAs("parent_code"));
        assertNull(rows.get("crimes_detected", "as_reported", "commune", "00004", "2025-07").getAs("prev_value"));
    }

    @Test
    void provincesFollowTheProvinceCrosswalkNotTheCommuneOne() {
        // As in the real mapping, let one old commune point to a new commune in another province.
        MetricsReference reference = Fixture.reference();
        List<ReferenceData.CommuneLink> links = new ArrayList<>(reference.communeLinks());
        links.removeIf(l -> l.oldCode().equals("02200"));
        links.add(new ReferenceData.CommuneLink("08", "01", "level3", "02200", "Xã D", "00004", "Phường Ba Đình", 1));
        MetricsReference skewed = new MetricsReference(reference.units(), links, reference.provinceLinks(), reference.reorganisation());
        MetricRows rows = MetricRows.compute(fixture(), CATALOG, skewed, "2025-06", EnumSet.of(Level.COMMUNE, Level.PROVINCE));
        assertEquals(70.0, rows.value("value", "crimes_detected", "current", "province", "08", "2025-06"));
        assertEquals(30.0, rows.value("value", "crimes_detected", "current", "province", "01", "2025-06"));
        assertEquals(70.0, rows.value("value", "crimes_detected", "current", "commune", "00004", "2025-06"));
    }
}
