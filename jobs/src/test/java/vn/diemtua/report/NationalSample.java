package vn.diemtua.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static vn.diemtua.model.MetricValuesSchema.AS_REPORTED;
import static vn.diemtua.model.MetricValuesSchema.NATION;
import static vn.diemtua.model.MetricValuesSchema.NATION_CODE;
import static vn.diemtua.model.MetricValuesSchema.PROVINCE;

/**
 * A national-sized picture for the end-to-end test: the 63 provinces of the pre-2025 list, 10/2021
 * to 9/2023, monthly counts and rates of the size the ministry reports (about 22 thousand crimes and
 * violations and 34 thousand subjects a year), headquarters growing towards 100%, and some provinces
 * missing some monthly reports. Seeded, so every run writes the same tables.
 */
final class NationalSample {
    static final YearMonth FIRST = YearMonth.of(2021, 10);
    static final YearMonth LAST = YearMonth.of(2023, 9);

    private NationalSample() {
    }

    /** Province code to name, as valid before 2025-07. */
    static Map<String, String> provinces() {
        Map<String, String> names = new TreeMap<>();
        for (Unit unit : ReferenceData.bundled().units()) {
            if (unit.validFrom() == null) {
                names.putIfAbsent(unit.provinceCode(), unit.provinceName());
            }
        }
        return names;
    }

    /**
     * @param scale multiplies the counts: a second version of the table with other numbers
     */
    static Dataset<Row> metricValues(SparkSession spark, double scale) {
        Random random = new Random(12);
        List<Row> rows = new ArrayList<>();
        Map<String, String> provinces = provinces();
        int month = 0;
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1), month++) {
            double season = 1 + 0.08 * Math.sin(m.getMonthValue() / 12.0 * 2 * Math.PI);
            double[] nation = new double[8];
            for (Map.Entry<String, String> province : provinces.entrySet()) {
                double size = 0.5 + (Integer.parseInt(province.getKey()) % 7) / 4.0;
                double crimes = Math.round(14 * size * season * scale * (1 + 0.002 * month) + random.nextInt(6));
                double subjects = Math.round(crimes * 1.52 + random.nextInt(5));
                double drugs = Math.round(crimes * 0.14 + random.nextInt(3));
                double accidents = Math.round(crimes * 0.09 + random.nextInt(3));
                double detected = Math.round(crimes * 0.4) + 1;
                double rate = 0.64 + (Integer.parseInt(province.getKey()) % 29) / 100.0 + random.nextDouble() * 0.03;
                double solved = Math.min(detected, Math.round(detected * rate));
                double units = 30 + Integer.parseInt(province.getKey()) % 40 * 4;
                double inUse = Math.round(units * Math.min(1.0, 0.36 + 0.011 * month + (size - 1) * 0.05));
                String code = province.getKey();
                String name = province.getValue();
                rows.add(row("crimes_and_violations", PROVINCE, code, name, m, crimes, null, null));
                rows.add(row("subjects_handled", PROVINCE, code, name, m, subjects, null, null));
                rows.add(row("drug_cases", PROVINCE, code, name, m, drugs, null, null));
                rows.add(row("traffic_accidents", PROVINCE, code, name, m, accidents, null, null));
                rows.add(row("solve_rate", PROVINCE, code, name, m, solved / detected, solved, detected));
                rows.add(row("hq_in_use_share", PROVINCE, code, name, m, inUse / units, inUse, units));
                double[] add = {crimes, subjects, drugs, accidents, solved, detected, inUse, units};
                for (int i = 0; i < add.length; i++) {
                    nation[i] += add[i];
                }
            }
            rows.add(row("crimes_and_violations", NATION, NATION_CODE, "Toàn quốc", m, nation[0], null, null));
            rows.add(row("subjects_handled", NATION, NATION_CODE, "Toàn quốc", m, nation[1], null, null));
            rows.add(row("drug_cases", NATION, NATION_CODE, "Toàn quốc", m, nation[2], null, null));
            rows.add(row("traffic_accidents", NATION, NATION_CODE, "Toàn quốc", m, nation[3], null, null));
            rows.add(row("solve_rate", NATION, NATION_CODE, "Toàn quốc", m, nation[4] / nation[5], nation[4], nation[5]));
            rows.add(row("hq_in_use_share", NATION, NATION_CODE, "Toàn quốc", m, nation[6] / nation[7], nation[6],
                    nation[7]));
        }
        return spark.createDataFrame(rows, MetricValuesSchema.schema());
    }

    private static Row row(String id, String level, String code, String name, YearMonth month, double value,
                           Double numerator, Double denominator) {
        List<String> names = Arrays.asList(MetricValuesSchema.schema().fieldNames());
        Object[] v = new Object[names.size()];
        v[names.indexOf("metric_id")] = id;
        v[names.indexOf("geography")] = AS_REPORTED;
        v[names.indexOf("level")] = level;
        v[names.indexOf("unit_code")] = code;
        v[names.indexOf("unit_name")] = name;
        v[names.indexOf("parent_code")] = level.equals(NATION) ? null : NATION_CODE;
        v[names.indexOf("ky_bao_cao")] = Date.valueOf(month.atDay(1));
        v[names.indexOf("value")] = value;
        v[names.indexOf("numerator")] = numerator;
        v[names.indexOf("denominator")] = denominator;
        if (id.equals("solve_rate")) {
            v[names.indexOf("target_operator")] = ">";
            v[names.indexOf("target_value")] = 0.75;
        }
        if (id.equals("hq_in_use_share")) {
            v[names.indexOf("target_operator")] = ">=";
            v[names.indexOf("target_value")] = 1.0;
            v[names.indexOf("target_deadline")] = Date.valueOf("2025-12-01");
            // About 1.1 points a month from 62%: 100% some 34 months after 9/2023.
            v[names.indexOf("projected_month")] = Date.valueOf(month.plusMonths(34).atDay(1));
            v[names.indexOf("on_track")] = false;
        }
        return RowFactory.create(v);
    }

    static Dataset<Row> reportingRates(SparkSession spark) {
        Random random = new Random(34);
        List<Row> rows = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            Date month = Date.valueOf(m.atDay(1));
            long expectedAll = 0;
            long reportedAll = 0;
            long onTimeAll = 0;
            for (String code : provinces().keySet()) {
                long expected = 30 + Integer.parseInt(code) % 40 * 4;
                long missing = random.nextInt(10) < 7 ? 0 : random.nextInt((int) expected / 4 + 1);
                long reported = expected - missing;
                long onTime = Math.max(0, reported - random.nextInt(6));
                rows.add(RowFactory.create(PROVINCE, code, month, expected, reported, onTime,
                        (double) reported / expected));
                expectedAll += expected;
                reportedAll += reported;
                onTimeAll += onTime;
            }
            rows.add(RowFactory.create(NATION, NATION_CODE, month, expectedAll, reportedAll, onTimeAll,
                    (double) reportedAll / expectedAll));
        }
        return spark.createDataFrame(rows, ReportFixtures.REPORTING_RATES);
    }
}
