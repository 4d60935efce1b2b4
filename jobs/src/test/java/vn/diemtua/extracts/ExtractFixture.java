package vn.diemtua.extracts;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.model.TableName;
import vn.diemtua.model.WindowValuesSchema;
import vn.diemtua.reference.ReferenceTables;
import vn.diemtua.report.ReportWindow;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny warehouse around the 2025-07 reorganisation: Hà Nội (01) stays 01, Hà Giang (02) and
 * Tuyên Quang (08) become Tuyên Quang (08). Window 2025-05..2025-07, plus an April row outside it.
 * The metric values are written by hand from the numbers below, as the metrics step would.
 *
 * <pre>
 * month    unit   prov  toi_pham_phat_hien  vi_pham_phat_hien   nation crimes_and_violations
 * 2025-04  00001  01    100                 100                 (outside the window)
 * 2025-05  00001  01    3                   5
 * 2025-05  00706  02    2                   -                   15
 * 2025-05  02200  08    4                   1
 * 2025-06  00001  01    1                   2
 * 2025-06  00706  02    0                   7                   10
 * 2025-06  02200  08    -                   -
 * 2025-07  00004  01    6                   3                   13
 * 2025-07  02300  08    2                   2
 * </pre>
 */
final class ExtractFixture {
    static final YearMonth FROM = YearMonth.of(2025, 5);
    static final YearMonth TO = YearMonth.of(2025, 7);
    /** Nation {@code crimes_and_violations} per month of the window, by hand from the table above. */
    static final Map<String, Double> NATION_CRIMES_AND_VIOLATIONS = Map.of(
            "2025-05-01", 15.0, "2025-06-01", 10.0, "2025-07-01", 13.0);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC);

    private static Warehouse shared;

    private ExtractFixture() {
    }

    static SparkSession spark() {
        return SparkTestSession.get();
    }

    static ExtractRequest request(String geography) {
        return new ExtractRequest(new ReportWindow(FROM, TO), geography, Optional.empty());
    }

    /** One warehouse for the tests that only read it. */
    static synchronized Warehouse sharedWarehouse() {
        if (shared == null) {
            shared = newWarehouse();
        }
        return shared;
    }

    /** A fresh warehouse holding the fixture tables, for tests that change it. */
    static Warehouse newWarehouse() {
        Warehouse warehouse = new Warehouse(spark(), SparkTestSession.newFolder("extract-wh").toUri().toString());
        save(warehouse, TableName.COMMUNE_MONTH, communeMonth());
        save(warehouse, TableName.UNITS, units());
        save(warehouse, TableName.PROVINCE_CROSSWALK, provinceCrosswalk());
        save(warehouse, TableName.REPORTING_RATES, reportingRates());
        save(warehouse, TableName.METRIC_VALUES, metricValues());
        return warehouse;
    }

    static void save(Warehouse warehouse, TableName table, Dataset<Row> frame) {
        frame.coalesce(1).write().format("delta").mode("append").save(warehouse.pathOf(table));
    }

    /** Runs an extract of the window to {@code out}, progress kept quiet. */
    static ExtractJob.Result extract(Warehouse warehouse, String out, ExtractRequest request, WindowValuesSource windowValues)
            throws java.io.IOException {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
        return new ExtractJob(warehouse, out, windowValues, quiet, CLOCK).run(request);
    }

    static String newOut() {
        return SparkTestSession.newFolder("extract-out").toUri().toString();
    }

    static Dataset<Row> communeMonth() {
        List<Row> rows = new ArrayList<>();
        rows.add(unitMonth("00001", "2025-04-01", "01", 100L, 100L, "da_su_dung", true));
        rows.add(unitMonth("00001", "2025-05-01", "01", 3L, 5L, "da_su_dung", true));
        rows.add(unitMonth("00706", "2025-05-01", "02", 2L, null, "dang_xay_dung", false));
        rows.add(unitMonth("02200", "2025-05-01", "08", 4L, 1L, "chua_co", null));
        rows.add(unitMonth("00001", "2025-06-01", "01", 1L, 2L, "da_su_dung", true));
        rows.add(unitMonth("00706", "2025-06-01", "02", 0L, 7L, "dang_xay_dung", false));
        rows.add(unitMonth("02200", "2025-06-01", "08", null, null, null, null));
        rows.add(unitMonth("00004", "2025-07-01", "01", 6L, 3L, "da_su_dung", true));
        rows.add(unitMonth("02300", "2025-07-01", "08", 2L, 2L, "dang_thu_tuc", true));
        return spark().createDataFrame(rows, CommuneMonthSchema.currentSchema());
    }

    /** A unit-month row; other counts derived from the crimes so every count key has values. */
    static Row unitMonth(String code, String month, String province, Long crimes, Long violations, String hq, Boolean barracks) {
        Map<String, Object> v = new HashMap<>();
        v.put(SubmissionKey.MA_XA.key(), code);
        v.put(SubmissionKey.KY_BAO_CAO.key(), Date.valueOf(month));
        v.put(CommuneMonthSchema.PROVINCE_CODE, province);
        v.put(CommuneMonthSchema.DISTRICT_CODE, month.compareTo("2025-07") < 0 ? "0" + province + "1" : null);
        v.put(SubmissionKey.TEN_XA.key(), "Xã " + code);
        v.put(SubmissionKey.NGAY_GUI.key(), Date.valueOf(month.substring(0, 8) + "03"));
        for (SubmissionKey key : SubmissionKey.counts()) {
            v.put(key.key(), crimes == null ? null : crimes + key.ordinal());
        }
        v.put(SubmissionKey.TOI_PHAM_PHAT_HIEN.key(), crimes);
        v.put(SubmissionKey.VI_PHAM_PHAT_HIEN.key(), violations);
        v.put(SubmissionKey.TRU_SO.key(), hq);
        v.put(SubmissionKey.NHA_O_DOANH_TRAI.key(), barracks);
        v.put(CommuneMonthSchema.WARNINGS, crimes != null && crimes == 0 ? List.of("solved_exceeds_detected") : List.of());
        v.put(CommuneMonthSchema.VALUES_HASH, "hash-" + code + month);
        v.put(CommuneMonthSchema.SOURCE_FILE, "file:/in/" + province + "/" + month + ".csv");
        v.put(CommuneMonthSchema.SHEET, "Sheet1");
        v.put(CommuneMonthSchema.ROW_NUMBER, 5);
        v.put(CommuneMonthSchema.FILE_SHA256, "ab".repeat(32));
        v.put(CommuneMonthSchema.INGESTED_AT, Timestamp.valueOf("2025-08-01 10:00:00"));
        v.put(CommuneMonthSchema.REVISION, 1);
        return row(CommuneMonthSchema.currentSchema(), v);
    }

    static Row row(StructType schema, Map<String, Object> values) {
        Object[] cells = new Object[schema.size()];
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            Object value = values.get(fields[i].name());
            cells[i] = value instanceof List<?> list ? scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq() : value;
        }
        return RowFactory.create(cells);
    }

    static Dataset<Row> units() {
        Date reorg = Date.valueOf("2025-07-01");
        List<Row> rows = List.of(
                RowFactory.create("00001", "Phường Phúc Xá", "Phường", "001", "Quận Ba Đình", "01", "Thành phố Hà Nội", null, reorg),
                RowFactory.create("00706", "Xã Lũng Cú", "Xã", "026", "Huyện Đồng Văn", "02", "Tỉnh Hà Giang", null, reorg),
                RowFactory.create("02200", "Xã Minh Quang", "Xã", "071", "Huyện Lâm Bình", "08", "Tỉnh Tuyên Quang", null, reorg),
                RowFactory.create("00004", "Phường Ba Đình", "Phường", null, null, "01", "Thành phố Hà Nội", reorg, null),
                RowFactory.create("02300", "Xã Lũng Cú", "Xã", null, null, "08", "Tỉnh Tuyên Quang", reorg, null));
        return spark().createDataFrame(rows, ReferenceTables.UNITS);
    }

    static Dataset<Row> provinceCrosswalk() {
        Date reorg = Date.valueOf("2025-07-01");
        List<Row> rows = List.of(
                RowFactory.create("01", "Thành phố Hà Nội", "01", "Thành phố Hà Nội", reorg),
                RowFactory.create("02", "Tỉnh Hà Giang", "08", "Tuyên Quang", reorg),
                RowFactory.create("08", "Tỉnh Tuyên Quang", "08", "Tuyên Quang", reorg));
        return spark().createDataFrame(rows, ReferenceTables.PROVINCE_CROSSWALK);
    }

    /** Written with INT counts, as a metrics step might: the extract must still give BIGINT. */
    static Dataset<Row> reportingRates() {
        StructType schema = new StructType()
                .add("level", DataTypes.StringType).add("unit_code", DataTypes.StringType)
                .add("ky_bao_cao", DataTypes.DateType).add("expected_units", DataTypes.IntegerType)
                .add("reported_units", DataTypes.IntegerType).add("on_time_units", DataTypes.IntegerType)
                .add("completeness", DataTypes.DoubleType).add("timeliness", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (String month : List.of("2025-04-01", "2025-05-01", "2025-06-01", "2025-07-01")) {
            int expected = month.startsWith("2025-07") ? 2 : 3;
            int reported = month.startsWith("2025-04") ? 1 : expected;
            rows.add(RowFactory.create("nation", "VN", Date.valueOf(month), expected, reported, reported,
                    reported / (double) expected, reported / (double) expected));
        }
        return spark().createDataFrame(rows, schema);
    }

    static Dataset<Row> metricValues() {
        List<Row> rows = new ArrayList<>();
        for (String geography : List.of(MetricValuesSchema.AS_REPORTED, MetricValuesSchema.CURRENT)) {
            NATION_CRIMES_AND_VIOLATIONS.forEach((month, value) ->
                    rows.add(metric("crimes_and_violations", geography, "nation", "VN", month, value)));
            rows.add(metric("crimes_and_violations", geography, "nation", "VN", "2025-04-01", 200.0));
        }
        rows.add(metric("crimes_and_violations", MetricValuesSchema.CURRENT, "province", "08", "2025-05-01", 7.0));
        rows.add(metric("crimes_and_violations", MetricValuesSchema.AS_REPORTED, "province", "02", "2025-05-01", 2.0));
        rows.add(metric("crimes_and_violations", MetricValuesSchema.AS_REPORTED, "province", "08", "2025-05-01", 5.0));
        rows.add(metric("solve_rate", MetricValuesSchema.CURRENT, "nation", "VN", "2025-07-01", 0.75));
        return spark().createDataFrame(rows, MetricValuesSchema.schema());
    }

    static Row metric(String id, String geography, String level, String unit, String month, double value) {
        Map<String, Object> v = new HashMap<>();
        v.put(MetricValuesSchema.METRIC_ID, id);
        v.put(MetricValuesSchema.GEOGRAPHY, geography);
        v.put(MetricValuesSchema.LEVEL, level);
        v.put(MetricValuesSchema.UNIT_CODE, unit);
        v.put(MetricValuesSchema.KY_BAO_CAO, Date.valueOf(month));
        v.put(MetricValuesSchema.VALUE, value);
        v.put(MetricValuesSchema.TARGET_OPERATOR, id.equals("solve_rate") ? ">=" : null);
        v.put(MetricValuesSchema.TARGET_VALUE, id.equals("solve_rate") ? 0.75 : null);
        v.put(MetricValuesSchema.FLAGS, List.of());
        return row(MetricValuesSchema.schema(), v);
    }

    /** A window comparison frame as the metrics step will hand it over. */
    static Dataset<Row> windowValues() {
        Map<String, Object> v = new HashMap<>();
        v.put(MetricValuesSchema.METRIC_ID, "crimes_and_violations");
        v.put(MetricValuesSchema.GEOGRAPHY, MetricValuesSchema.CURRENT);
        v.put(MetricValuesSchema.LEVEL, "nation");
        v.put(MetricValuesSchema.UNIT_CODE, "VN");
        v.put(WindowValuesSchema.WINDOW_FROM, Date.valueOf("2025-05-01"));
        v.put(WindowValuesSchema.WINDOW_TO, Date.valueOf("2025-07-01"));
        v.put(WindowValuesSchema.WINDOW_VALUE, 38.0);
        v.put(WindowValuesSchema.PRIOR_VALUE, 40.0);
        v.put(WindowValuesSchema.CHANGE, -2.0);
        v.put(WindowValuesSchema.CHANGE_PCT, -0.05);
        return spark().createDataFrame(List.of(row(WindowValuesSchema.schema(), v)), WindowValuesSchema.schema());
    }
}
