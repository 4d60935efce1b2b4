package vn.diemtua.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.WindowValuesSchema;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static vn.diemtua.model.MetricValuesSchema.AS_REPORTED;
import static vn.diemtua.model.MetricValuesSchema.NATION;
import static vn.diemtua.model.MetricValuesSchema.NATION_CODE;
import static vn.diemtua.model.MetricValuesSchema.PROVINCE;

/**
 * A tiny national picture for the window 10/2022–9/2023 (as reported), with round numbers whose
 * summary is known: 22,345 crimes and violations (21,240 a year earlier), 33,800 subjects (34,900),
 * solve rate 78.5% (76.1%) against "> 75%" with 2 of 3 provinces above it, headquarters 62.3% in
 * 9/2023 against 100% by 12/2025 projected for 8/2026, reporting 97.8% complete and 91.2% on time.
 */
final class ReportFixtures {
    static final ReportWindow WINDOW = new ReportWindow(YearMonth.of(2022, 10), YearMonth.of(2023, 9));

    static final StructType REPORTING_RATES = new StructType()
            .add("level", DataTypes.StringType, false)
            .add("unit_code", DataTypes.StringType, false)
            .add("ky_bao_cao", DataTypes.DateType, false)
            .add("expected_units", DataTypes.LongType, true)
            .add("reported_units", DataTypes.LongType, true)
            .add("on_time_units", DataTypes.LongType, true)
            .add("completeness", DataTypes.DoubleType, true);

    static final MetricLabels LABELS = id -> switch (id) {
        case "crimes_and_violations" -> new MetricInfo(id, "Số vụ phạm tội, vi phạm pháp luật",
                "Crimes and legal violations", "cases");
        case "subjects_handled" -> new MetricInfo(id, "Số đối tượng bắt giữ, xử lý", "Subjects arrested or handled",
                "persons");
        case "drug_cases" -> new MetricInfo(id, "Số vụ ma túy", "Drug cases", "cases");
        case "solve_rate" -> new MetricInfo(id, "Tỷ lệ điều tra làm rõ các vụ phạm tội", "Crime solve rate", "percent");
        case "hq_in_use_share" -> new MetricInfo(id, "Tỷ lệ Công an xã có trụ sở đã đưa vào sử dụng",
                "Share of commune police with headquarters in use", "percent");
        case "reporting_completeness" -> new MetricInfo(id, "Tỷ lệ báo cáo đầy đủ", "Reporting completeness", "percent");
        default -> new MetricInfo(id, id, id, "");
    };

    private ReportFixtures() {
    }

    static ReportInputs inputs(SparkSession spark) {
        return new ReportInputs(WINDOW, AS_REPORTED, metricValues(spark), reportingRates(spark), windowValues(spark),
                new DataVersion(7, 3, null));
    }

    static Dataset<Row> metricValues(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (YearMonth m = YearMonth.of(2021, 10); !m.isAfter(WINDOW.to()); m = m.plusMonths(1), i++) {
            rows.add(RowFactory.create(metric("crimes_and_violations", m, 1770.0 + 10 * (i % 5), null, null)));
            rows.add(RowFactory.create(metric("subjects_handled", m, 2900.0 - 8 * (i % 4), null, null)));
            rows.add(RowFactory.create(metric("drug_cases", m, 240.0 + i, null, null)));
            rows.add(RowFactory.create(metric("solve_rate", m, 0.76 + 0.001 * i, 760.0 + i, 1000.0)));
            double share = 0.394 + 0.01 * i;
            rows.add(target(metric("hq_in_use_share", m, share, Math.round(share * 10000) * 1.0, 10000.0)));
        }
        return spark.createDataFrame(rows, MetricValuesSchema.schema());
    }

    /** A national metric row; only the columns the report reads are set. */
    private static Object[] metric(String id, YearMonth month, double value, Double numerator, Double denominator) {
        Object[] v = new Object[MetricValuesSchema.schema().size()];
        Map<String, Object> values = new HashMap<>();
        values.put("metric_id", id);
        values.put("geography", AS_REPORTED);
        values.put("level", NATION);
        values.put("unit_code", NATION_CODE);
        values.put("unit_name", "Toàn quốc");
        values.put("ky_bao_cao", Date.valueOf(month.atDay(1)));
        values.put("value", value);
        values.put("numerator", numerator);
        values.put("denominator", denominator);
        String[] names = MetricValuesSchema.schema().fieldNames();
        for (int c = 0; c < names.length; c++) {
            v[c] = values.get(names[c]);
        }
        return v;
    }

    /** The headquarters target: 100% by 12/2025; projected for 8/2026 from 9/2023 on. */
    private static Row target(Object[] v) {
        List<String> names = Arrays.asList(MetricValuesSchema.schema().fieldNames());
        v[names.indexOf("target_operator")] = ">=";
        v[names.indexOf("target_value")] = 1.0;
        v[names.indexOf("target_deadline")] = Date.valueOf("2025-12-01");
        boolean last = v[names.indexOf("ky_bao_cao")].equals(Date.valueOf("2023-09-01"));
        v[names.indexOf("projected_month")] = last ? Date.valueOf("2026-08-01") : Date.valueOf("2026-10-01");
        v[names.indexOf("on_track")] = false;
        v[names.indexOf("value")] = last ? 0.623 : v[names.indexOf("value")];
        v[names.indexOf("numerator")] = last ? 6230.0 : v[names.indexOf("numerator")];
        return RowFactory.create(v);
    }

    private static List<Row> rowsOf(List<Object[]> values) {
        return values.stream().map(RowFactory::create).toList();
    }

    static Dataset<Row> windowValues(SparkSession spark) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(window("crimes_and_violations", NATION, NATION_CODE, "Toàn quốc", 22345.0, 21240.0, null, null));
        rows.add(window("subjects_handled", NATION, NATION_CODE, "Toàn quốc", 33800.0, 34900.0, null, null));
        rows.add(window("drug_cases", NATION, NATION_CODE, "Toàn quốc", 3120.0, 3000.0, null, null));
        rows.add(window("solve_rate", NATION, NATION_CODE, "Toàn quốc", 0.785, 0.761, ">", 0.75));
        rows.add(window("hq_in_use_share", NATION, NATION_CODE, "Toàn quốc", 0.623, 0.503, ">=", 1.0));
        rows.add(window("solve_rate", PROVINCE, "01", "Thành phố Hà Nội", 0.81, 0.79, ">", 0.75));
        rows.add(window("solve_rate", PROVINCE, "11", "Tỉnh Điện Biên", 0.69, 0.72, ">", 0.75));
        rows.add(window("solve_rate", PROVINCE, "77", "Tỉnh Bà Rịa - Vũng Tàu", 0.77, 0.70, ">", 0.75));
        rows.add(window("solve_rate", PROVINCE, "02", "Tỉnh Hà Giang", null, null, ">", 0.75));
        rows.add(window("subjects_handled", PROVINCE, "01", "Thành phố Hà Nội", 3000.0, 2900.0, null, null));
        return spark.createDataFrame(rowsOf(rows), WindowValuesSchema.schema());
    }

    private static Object[] window(String id, String level, String code, String name, Double value, Double prior,
                                   String operator, Double target) {
        Double change = value == null || prior == null ? null : value - prior;
        Double changePct = change == null ? null : change / prior;
        return new Object[]{id, AS_REPORTED, level, code, name, level.equals(NATION) ? null : NATION_CODE,
                Date.valueOf(WINDOW.firstDay()), Date.valueOf(WINDOW.lastMonthDay()), value, prior, change, changePct,
                operator, target, null, null};
    }

    static Dataset<Row> reportingRates(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (YearMonth m : WINDOW.months()) {
            Date month = Date.valueOf(m.atDay(1));
            rows.add(RowFactory.create(NATION, NATION_CODE, month, 10000L, 9780L, 9120L, 0.978));
            rows.add(RowFactory.create(PROVINCE, "01", month, 579L, 579L, 570L, 1.0));
            long reported = m.getMonthValue() % 3 == 0 ? 150L : 180L;
            rows.add(RowFactory.create(PROVINCE, "02", month, 195L, reported, reported - 10, reported / 195.0));
        }
        // A month outside the window must not count.
        rows.add(RowFactory.create(NATION, NATION_CODE, Date.valueOf("2022-09-01"), 10000L, 1L, 1L, 0.0001));
        return spark.createDataFrame(rows, REPORTING_RATES);
    }
}
