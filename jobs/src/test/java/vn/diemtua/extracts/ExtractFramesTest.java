package vn.diemtua.extracts;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.MetricValuesSchema;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractFramesTest {
    private static Dataset<Row> communeRows(String geography) {
        return CommuneMonthExtract.of(ExtractFixture.communeMonth(), ExtractFixture.provinceCrosswalk(),
                ExtractFixture.request(geography));
    }

    /** "unit_code month" to the row, for assertions by key. */
    private static Map<String, Row> byUnitAndMonth(Dataset<Row> totals) {
        Map<String, Row> rows = new TreeMap<>();
        for (Row row : totals.collectAsList()) {
            rows.put(row.getAs("unit_code") + " " + row.getAs("ky_bao_cao"), row);
        }
        return rows;
    }

    @Test
    void communeRowsAreTheWindowWithoutLineageAndWithTodaysProvince() {
        Dataset<Row> rows = communeRows(MetricValuesSchema.CURRENT);
        List<String> columns = Arrays.asList(rows.columns());
        assertFalse(columns.contains("source_file"), "lineage stays in the warehouse");
        assertFalse(columns.contains("ingested_at"));
        assertTrue(columns.containsAll(List.of("ma_xa", "ky_bao_cao", "province_code", "current_province_code",
                "toi_pham_phat_hien", "tru_so", "nha_o_doanh_trai", "revision", "warnings")));
        assertEquals(8, rows.count(), "April is outside the window");
        Row hagiang = rows.where(col("ma_xa").equalTo("00706").and(col("ky_bao_cao").equalTo("2025-05-01"))).first();
        assertEquals("02", hagiang.getAs("province_code"));
        assertEquals("08", hagiang.getAs("current_province_code"));
        Row hanoiJuly = rows.where(col("ma_xa").equalTo("00004")).first();
        assertEquals("01", hanoiJuly.getAs("current_province_code"));
        assertEquals(DataTypes.LongType, rows.schema().apply("toi_pham_phat_hien").dataType());
        assertEquals(DataTypes.DateType, rows.schema().apply("ky_bao_cao").dataType());
    }

    @Test
    void provincesAreSummedInTheUnitsOfTheGeography() {
        Map<String, Row> reported = byUnitAndMonth(UnitMonthTotals.byProvince(
                communeRows(MetricValuesSchema.AS_REPORTED), MetricValuesSchema.AS_REPORTED, ExtractFixture.units()));
        assertEquals(2L, (Long) reported.get("02 2025-05-01").getAs("toi_pham_phat_hien"));
        assertNull(reported.get("02 2025-05-01").getAs("vi_pham_phat_hien"), "nobody reported it: not 0");
        assertEquals("Tỉnh Hà Giang", reported.get("02 2025-05-01").getAs("unit_name"));
        assertEquals(4L, (Long) reported.get("08 2025-05-01").getAs("toi_pham_phat_hien"));
        assertEquals(8, reported.size(), "3 provinces in May and June, 2 in July");

        Map<String, Row> current = byUnitAndMonth(UnitMonthTotals.byProvince(
                communeRows(MetricValuesSchema.CURRENT), MetricValuesSchema.CURRENT, ExtractFixture.units()));
        Row tuyenQuangMay = current.get("08 2025-05-01");
        assertEquals(6L, (Long) tuyenQuangMay.getAs("toi_pham_phat_hien"), "Hà Giang 2 + Tuyên Quang 4");
        assertEquals(1L, (Long) tuyenQuangMay.getAs("vi_pham_phat_hien"));
        assertEquals(2L, (Long) tuyenQuangMay.getAs("units_reported"));
        assertEquals(1L, (Long) tuyenQuangMay.getAs("tru_so_chua_co"));
        assertEquals(1L, (Long) tuyenQuangMay.getAs("tru_so_dang_xay_dung"));
        assertEquals(0L, (Long) tuyenQuangMay.getAs("nha_o_doanh_trai_co"));
        assertEquals(1L, (Long) tuyenQuangMay.getAs("nha_o_doanh_trai_khong"), "the third answer is empty");
        assertEquals("Tỉnh Tuyên Quang", tuyenQuangMay.getAs("unit_name"));
        assertEquals("province", tuyenQuangMay.getAs("level"));
        assertEquals(6, current.size(), "2 current provinces in each of 3 months");
    }

    @Test
    void nationIsTheSumOfAllUnits() {
        Map<String, Row> nation = byUnitAndMonth(UnitMonthTotals.forNation(communeRows(MetricValuesSchema.CURRENT)));
        assertEquals(3, nation.size());
        ExtractFixture.NATION_CRIMES_AND_VIOLATIONS.forEach((month, expected) -> {
            Row row = nation.get("VN " + month);
            long sum = (Long) row.getAs("toi_pham_phat_hien") + (Long) row.getAs("vi_pham_phat_hien");
            assertEquals(expected, (double) sum, month);
        });
        assertEquals("Việt Nam", nation.get("VN 2025-06-01").getAs("unit_name"));
        assertEquals(3L, (Long) nation.get("VN 2025-06-01").getAs("units_reported"));
    }

    @Test
    void aProvinceMissingFromTheCrosswalkFailsInsteadOfVanishing() {
        Dataset<Row> crosswalk = ExtractFixture.provinceCrosswalk().where(col("old_province_code").notEqual("02"));
        Dataset<Row> rows = CommuneMonthExtract.of(ExtractFixture.communeMonth(), crosswalk,
                ExtractFixture.request(MetricValuesSchema.CURRENT));
        Exception e = assertThrows(Exception.class, rows::collectAsList);
        assertTrue(e.getMessage().contains("no current province for province 02"), e.getMessage());
    }

    @Test
    void metricTablesAreCutToTheWindowAndGeographyAndTyped() {
        Dataset<Row> metrics = WindowSlices.metricValues(ExtractFixture.metricValues(),
                ExtractFixture.request(MetricValuesSchema.AS_REPORTED));
        assertEquals(5, metrics.count(), "3 nation months and 2 provinces, as reported, April left out");
        assertEquals(Arrays.asList(MetricValuesSchema.schema().fieldNames()), Arrays.asList(metrics.columns()));

        Dataset<Row> rates = WindowSlices.reportingRates(ExtractFixture.reportingRates(),
                ExtractFixture.request(MetricValuesSchema.CURRENT));
        assertEquals(3, rates.count());
        assertEquals(DataTypes.LongType, rates.schema().apply("expected_units").dataType(), "counts as BIGINT");

        Dataset<Row> missing = ExtractFixture.reportingRates().drop("timeliness");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WindowSlices.reportingRates(missing, ExtractFixture.request(MetricValuesSchema.CURRENT)));
        assertTrue(e.getMessage().contains("reporting_rates has no column timeliness"), e.getMessage());
    }
}
