package vn.diemtua.metrics.job;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.generate.EncodingOption;
import vn.diemtua.generate.FormatOption;
import vn.diemtua.generate.GenerateOptions;
import vn.diemtua.generate.Generator;
import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.generate.model.UnitType;
import vn.diemtua.ingest.IngestJob;
import vn.diemtua.ingest.SubmissionFileReader;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.metrics.MetricsReference;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The "done when": the national solve rate, its year-over-year changes ("cùng kỳ") and
 * reporting completeness of a generated national set equal an independent computation.
 *
 * <p><b>Data.</b> The generator's whole country (every province and unit type, its default seed,
 * late reports, missing units and later supplements that revise a report), written as plain UTF-8
 * CSV without file quirks or injected errors, so that the independent side only has to parse the
 * template. Not two full years (ingest alone took 111 s of CPU per national year here): eight
 * national months in four pairs, the second two a year after the first two, chosen to cover what
 * a two-year set would test — 2024-06/07 → 2025-06/07 (cùng kỳ from 34 provinces back to 63 across
 * the 2025-07-01 reorganisation, previous month across it, provinces re-based through the
 * crosswalk) and 2024-12/2025-01 → 2025-12/2026-01 (a year boundary on both sides of the
 * reorganisation: previous month across January, year to date restarting, cùng kỳ of January).
 * The gaps between the pairs also check that a sum over a window missing a month (the year to
 * date of June) is left empty rather than summed partially.
 *
 * <p><b>Pipeline under test.</b> Real ingest of the files, a first {@code metrics} run, then a
 * late correction (three units of Hà Nội resend June 2024 in August) ingested, and an incremental
 * run that must recompute June 2024 and what follows it only; the comparison is made after it.
 * The catalog is the bundled one cut to the rows checked here (the same formulas): the other
 * metrics would multiply the cost without adding to the check.
 *
 * <p><b>Independent side.</b> DuckDB reads the generated CSV files and the reference unit lists
 * ({@code units_pre2025_communes.csv}, {@code units_post2025_communes.csv},
 * {@code mapping_old_to_new_provinces.csv}) itself: the unit rows of each file, the latest
 * sending of each unit-month, the units valid each month, sums by province and nation, ratios,
 * the value twelve months earlier. No code of the metrics package (nor of ingest) is used there.
 *
 * <p><b>Cost.</b> About 190 s of CPU, most of it ingest (docs/metrics.md, "Tests", has the
 * phases): the one test here that runs the real pipeline on the whole country.
 */
class NationalCrossCheckTest {
    private static final double TOLERANCE = 1e-12;
    private static final List<String> CHECKED_METRICS = List.of("solve_rate", "crimes_and_violations", "reporting_completeness");
    /** Pairs of months a year apart: see the class comment. */
    private static final List<YearMonth[]> RANGES = List.of(
            new YearMonth[]{YearMonth.of(2024, 6), YearMonth.of(2024, 7)},
            new YearMonth[]{YearMonth.of(2024, 12), YearMonth.of(2025, 1)},
            new YearMonth[]{YearMonth.of(2025, 6), YearMonth.of(2025, 7)},
            new YearMonth[]{YearMonth.of(2025, 12), YearMonth.of(2026, 1)});
    /** The late correction: three units of Hà Nội resend June 2024 in August with other figures. */
    private static final String CORRECTED_FILE = "2024-06/01/01_2024-06_dinh_chinh.csv";
    private static final int CORRECTED_UNITS = 3;

    private static Warehouse warehouse;
    private static Connection duckdb;
    private static MetricsJob.Summary incremental;
    private static Map<String, Double> metricValues;
    private static Map<String, Double> reportingRates;

    @BeforeAll
    static void generateIngestAndCompute() throws Exception {
        Path root = SparkTestSession.newFolder("national-cross-check");
        Path input = root.resolve("input");
        warehouse = new Warehouse(SparkTestSession.get(), root.resolve("warehouse").toUri().toString());
        MetricsJob job = new MetricsJob(warehouse, checkedCatalog(), MetricsReference.of(ReferenceData.bundled()), line -> {
        });
        for (YearMonth[] range : RANGES) {
            generate(input, range);
        }
        ingest(input);
        assertTrue(job.run(false).en().get(0).startsWith("full rebuild (first run)"));
        ingest(writeCorrection(input));
        incremental = job.run(false);

        metricValues = new TreeMap<>();
        warehouse.registerViews();
        for (Row r : warehouse.spark().sql("SELECT metric_id, geography, level, unit_code, CAST(ky_bao_cao AS STRING), "
                + "value, numerator, denominator, prev_value, yoy_value, yoy_change, ytd_value FROM metric_values "
                + "WHERE level IN ('province', 'nation')").collectAsList()) {
            String key = r.getString(0) + " " + r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4);
            String[] fields = {"value", "numerator", "denominator", "prev_value", "yoy_value", "yoy_change", "ytd_value"};
            for (int i = 0; i < fields.length; i++) {
                metricValues.put(key + " " + fields[i], r.isNullAt(5 + i) ? null : r.getDouble(5 + i));
            }
        }
        reportingRates = new TreeMap<>();
        for (Row r : warehouse.spark().sql("SELECT level, unit_code, CAST(ky_bao_cao AS STRING), expected_units, reported_units, "
                + "on_time_units, completeness FROM reporting_rates").collectAsList()) {
            String key = r.getString(0) + " " + r.getString(1) + " " + r.getString(2);
            reportingRates.put(key + " expected_units", (double) r.getLong(3));
            reportingRates.put(key + " reported_units", (double) r.getLong(4));
            reportingRates.put(key + " on_time_units", (double) r.getLong(5));
            reportingRates.put(key + " completeness", r.isNullAt(6) ? null : r.getDouble(6));
        }

        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        independentTables(input, root);
    }

    @AfterAll
    static void close() throws SQLException {
        if (duckdb != null) {
            duckdb.close();
        }
    }

    /** The bundled catalog's header and the rows of the checked metrics, unchanged. */
    private static MetricCatalog checkedCatalog() throws IOException {
        String csv;
        try (InputStream in = MetricCatalog.class.getResourceAsStream("/catalog/metrics.csv")) {
            csv = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = csv.lines().toList();
        String kept = lines.get(0) + "\n" + lines.stream()
                .filter(l -> CHECKED_METRICS.stream().anyMatch(id -> l.startsWith(id + ",")))
                .collect(Collectors.joining("\n"));
        MetricCatalog catalog = MetricCatalog.parse("metrics.csv", kept.getBytes(StandardCharsets.UTF_8));
        assertEquals(CHECKED_METRICS.size(), catalog.metrics().size());
        return catalog;
    }

    private static void generate(Path input, YearMonth[] range) throws Exception {
        GenerateOptions options = new GenerateOptions(range[0], range[1], Set.of(), EnumSet.allOf(UnitType.class),
                FormatOption.CSV, EncodingOption.UTF8, Layout.PROVINCE_MONTH, ModelSettings.DEFAULT_SEED, 0.0, 0.0,
                ModelSettings.DEFAULT_REPORTING_RATE, ModelSettings.DEFAULT_LATE_RATE, 2);
        new Generator(ReferenceData.bundled(), options).run((path, content) -> {
            Path file = input.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        }, (m, done, total, files, rows, elapsed) -> {
        });
    }

    /**
     * A file resending the first units of Hà Nội's June 2024 file on 20 August 2024 (late) with
     * five more crimes detected and one more solved each: what a province sends as a correction.
     */
    private static Path writeCorrection(Path input) throws IOException {
        List<String> original = Files.readAllLines(input.resolve("2024-06/01/01_2024-06.csv"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : original) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("Mã xã")) {
                lines.add(line);
            } else if (cells[0].matches("[0-9]{5}") && lines.size() <= CORRECTED_UNITS) {
                cells[3] = "20/08/2024";
                cells[4] = Long.toString(Long.parseLong(cells[4]) + 5);
                cells[5] = Long.toString(Long.parseLong(cells[5]) + 1);
                lines.add(String.join(",", cells));
            }
        }
        assertEquals(CORRECTED_UNITS + 1, lines.size());
        Path file = input.resolve(CORRECTED_FILE);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static void ingest(Path folder) {
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        var report = new IngestJob(warehouse, SubmissionFileReader.standard(ReadLimits.DEFAULTS), ReadLimits.DEFAULTS, log)
                .run(List.of(folder.toUri().toString()));
        // Without injected errors every unit row is accepted: both sides read the same rows.
        assertEquals(Map.of(), report.rejectedByReason());
        assertTrue(report.accepted() > 0);
    }

    /** A bundled reference file as a local file DuckDB can read. */
    private static String referenceFile(Path root, String name) throws IOException {
        Path file = root.resolve(name);
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + name)) {
            Files.copy(Objects.requireNonNull(in, name), file);
        }
        return literal(file.toString());
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * DuckDB's own tables: {@code rates(level, unit_code, month, expected, reported, on_time)} and
     * {@code sums(geography, level, unit_code, month, solved, detected, violations, reported,
     * expected)}, as reported and in today's provinces.
     */
    private static void independentTables(Path input, Path root) throws SQLException, IOException {
        String columns = java.util.Arrays.stream(SubmissionKey.values()).map(k -> "'" + k.key() + "': 'VARCHAR'")
                .collect(Collectors.joining(", "));
        String reorganisation = "DATE '2025-07-01'";
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE units AS "
                + "SELECT commune_code AS ma_xa, province_code, DATE '1900-01-01' AS valid_from, " + reorganisation + " AS valid_to "
                + "FROM read_csv(" + referenceFile(root, "units_pre2025_communes.csv") + ", all_varchar = true) UNION ALL "
                + "SELECT commune_code, province_code, " + reorganisation + ", DATE '9999-12-01' "
                + "FROM read_csv(" + referenceFile(root, "units_post2025_communes.csv") + ", all_varchar = true)");
        sql.add("CREATE TABLE province_link AS SELECT old_province_code AS province_code, new_province_code "
                + "FROM read_csv(" + referenceFile(root, "mapping_old_to_new_provinces.csv") + ", all_varchar = true)");
        // Every line of every file; unit rows are those whose first cell is a 5-digit code.
        sql.add("CREATE TABLE raw AS SELECT * FROM read_csv(" + literal(input + "/**/*.csv") + ", header = false, "
                + "auto_detect = false, delim = ',', quote = '\"', escape = '\"', null_padding = true, filename = true, "
                + "columns = {" + columns + "})");
        sql.add("CREATE TABLE sent AS SELECT filename, ma_xa, "
                + "CAST(strptime('01/' || ky_bao_cao, '%d/%m/%Y') AS DATE) AS month, "
                + "CAST(strptime(ngay_gui, '%d/%m/%Y') AS DATE) AS sent_on, "
                + "CAST(toi_pham_lam_ro AS BIGINT) AS solved, CAST(toi_pham_phat_hien AS BIGINT) AS detected, "
                + "CAST(vi_pham_phat_hien AS BIGINT) AS violations FROM raw WHERE regexp_full_match(ma_xa, '[0-9]{5}')");
        // The latest sending wins; a supplement ("..._bo_sung.csv") was sent after the file it completes.
        sql.add("CREATE TABLE latest AS SELECT * FROM sent "
                + "QUALIFY row_number() OVER (PARTITION BY ma_xa, month ORDER BY sent_on DESC, filename DESC) = 1");
        sql.add("CREATE TABLE months AS SELECT DISTINCT month FROM latest");
        sql.add("CREATE TABLE unit_month AS SELECT u.ma_xa, u.province_code, m.month, l.ma_xa IS NOT NULL AS reported, "
                + "l.sent_on <= m.month + INTERVAL 1 MONTH + INTERVAL 4 DAY AS on_time, l.solved, l.detected, l.violations "
                + "FROM units u JOIN months m ON m.month >= u.valid_from AND m.month < u.valid_to "
                + "LEFT JOIN latest l ON l.ma_xa = u.ma_xa AND l.month = m.month");
        sql.add("CREATE TABLE province AS SELECT province_code, month, count(*) AS expected, count(*) FILTER (reported) AS reported, "
                + "count(*) FILTER (on_time) AS on_time, sum(solved) AS solved, sum(detected) AS detected, "
                + "sum(violations) AS violations FROM unit_month GROUP BY ALL");
        sql.add("CREATE TABLE rates AS SELECT 'province' AS level, province_code AS unit_code, month, expected, reported, on_time "
                + "FROM province UNION ALL SELECT 'nation', 'VN', month, sum(expected), sum(reported), sum(on_time) "
                + "FROM province GROUP BY ALL");
        String sums = "sum(solved) AS solved, sum(detected) AS detected, sum(violations) AS violations, "
                + "sum(reported) AS reported, sum(expected) AS expected";
        sql.add("CREATE TABLE sums AS "
                + "SELECT 'as_reported' AS geography, 'province' AS level, province_code AS unit_code, month, " + sums
                + " FROM province GROUP BY ALL UNION ALL "
                + "SELECT 'current', 'province', CASE WHEN month < " + reorganisation + " THEN new_province_code "
                + "ELSE p.province_code END, month, " + sums
                + " FROM province p LEFT JOIN province_link l ON l.province_code = p.province_code AND month < "
                + reorganisation + " GROUP BY ALL UNION ALL "
                + "SELECT g.geography, 'nation', 'VN', month, " + sums
                + " FROM province, (VALUES ('as_reported'), ('current')) g(geography) GROUP BY ALL");
        try (Statement statement = duckdb.createStatement()) {
            for (String step : sql) {
                statement.execute(step);
            }
        }
    }

    /** Rows of a DuckDB query as "key columns… name" → value, for every value column. */
    private static Map<String, Double> independent(String query, int keyColumns) throws SQLException {
        Map<String, Double> out = new TreeMap<>();
        try (Statement statement = duckdb.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 1; i <= keyColumns; i++) {
                    key.add(rs.getString(i));
                }
                for (int i = keyColumns + 1; i <= n; i++) {
                    double v = rs.getDouble(i);
                    out.put(String.join(" ", key) + " " + rs.getMetaData().getColumnLabel(i), rs.wasNull() ? null : v);
                }
            }
        }
        return out;
    }

    /** Each expected figure against the job's, by key; of the job's figures, those {@code checked} must all be expected. */
    private static void assertFigures(Map<String, Double> expected, Map<String, Double> actual, Predicate<String> checked) {
        assertTrue(expected.size() > 0);
        List<String> wrong = new ArrayList<>();
        for (String key : actual.keySet()) {
            if (checked.test(key) && !expected.containsKey(key)) {
                wrong.add(key + ": not expected, the job wrote " + actual.get(key));
            }
        }
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            if (!actual.containsKey(e.getKey())) {
                wrong.add(e.getKey() + ": missing, expected " + e.getValue());
                continue;
            }
            Double a = actual.get(e.getKey());
            Double x = e.getValue();
            boolean same = x == null ? a == null : a != null && Math.abs(a - x) <= TOLERANCE * Math.max(1, Math.abs(x));
            if (!same) {
                wrong.add(e.getKey() + ": expected " + x + ", the job wrote " + a);
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + expected.size() + " figures differ, e.g.\n"
                    + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        }
    }

    /**
     * The job's figures for one metric at province and nation level: value, numerator and
     * denominator, and (for ratios) the previous month, the same month a year earlier, its change
     * and the year to date, all as the independent side says. Windows follow the documented rules:
     * empty when the other month is not loaded, and as reported below the nation when they straddle
     * the reorganisation.
     */
    private static Map<String, Double> expectedMetric(String metric, String numerator, String denominator) throws SQLException {
        // Division by zero gives empty, as in the catalog's formulas (a spreadsheet's #DIV/0!).
        String value = denominator == null ? numerator
                : "CASE WHEN " + denominator + " <> 0 THEN CAST(" + numerator + " AS DOUBLE) / " + denominator + " END";
        String straddles = "(s.geography = 'as_reported' AND s.level <> 'nation' AND s.month >= DATE '2025-07-01' "
                + "AND %s < DATE '2025-07-01')";
        return independent("WITH v AS (SELECT geography, level, unit_code, month, " + value + " AS value, "
                + (denominator == null ? "NULL" : numerator) + " AS numerator, " + (denominator == null ? "NULL" : denominator)
                + " AS denominator FROM sums) "
                + "SELECT '" + metric + "', s.geography, s.level, s.unit_code, CAST(s.month AS VARCHAR), "
                + "s.value, s.numerator, s.denominator, "
                + "CASE WHEN NOT " + straddles.formatted("p.month") + " THEN p.value END AS prev_value, "
                + "CASE WHEN NOT " + straddles.formatted("y.month") + " THEN y.value END AS yoy_value, "
                + "CASE WHEN NOT " + straddles.formatted("y.month") + " THEN s.value - y.value END AS yoy_change, "
                // Year to date only where every month from January is loaded: in this set, January alone.
                + "CASE WHEN month(s.month) = 1 THEN s.value END AS ytd_value "
                + "FROM v s LEFT JOIN v p ON (p.geography, p.level, p.unit_code) = (s.geography, s.level, s.unit_code) "
                + "AND p.month = s.month - INTERVAL 1 MONTH "
                + "LEFT JOIN v y ON (y.geography, y.level, y.unit_code) = (s.geography, s.level, s.unit_code) "
                + "AND y.month = s.month - INTERVAL 12 MONTH", 5);
    }

    @Test
    void nationalSolveRateAndItsChangesOnLastYearEqualDuckDbs() throws SQLException {
        Map<String, Double> expected = expectedMetric("solve_rate", "solved", "detected");
        assertFigures(expected, metricValues, k -> k.startsWith("solve_rate "));
        // The headline: the national rate, cùng kỳ, across the year boundary and the reorganisation.
        for (String month : List.of("2025-06-01", "2025-07-01", "2025-12-01", "2026-01-01")) {
            String key = "solve_rate as_reported nation VN " + month + " yoy_change";
            assertTrue(expected.get(key) != null && expected.get(key) != 0.0, key + " is a real change: " + expected.get(key));
        }
    }

    @Test
    void crimesAndViolationsAtEveryProvinceAndTheNationEqualDuckDbs() throws SQLException {
        assertFigures(expectedMetric("crimes_and_violations", "detected + violations", null), metricValues,
                k -> k.startsWith("crimes_and_violations "));
    }

    @Test
    void reportingRatesAndCompletenessEqualDuckDbs() throws SQLException {
        Map<String, Double> expected = independent("SELECT level, unit_code, CAST(month AS VARCHAR), "
                + "expected AS expected_units, reported AS reported_units, on_time AS on_time_units, "
                + "CAST(reported AS DOUBLE) / expected AS completeness FROM rates", 3);
        assertEquals(5 * 64 + 3 * 35, expected.size() / 4, "63 provinces and the nation in five months, 34 and the nation in three");
        assertFigures(expected, reportingRates, k -> true);
        assertFigures(expectedMetric("reporting_completeness", "reported", "expected"), metricValues,
                k -> k.startsWith("reporting_completeness "));
        assertTrue(expected.get("nation VN 2025-01-01 completeness") < 1.0, "some units did not report");
        assertTrue(expected.get("province 01 2024-06-01 on_time_units") < expected.get("province 01 2024-06-01 reported_units"));
    }

    @Test
    void theLateCorrectionWasRecomputedIncrementallyFromItsMonthOn() {
        List<String> lines = incremental.en();
        assertTrue(lines.get(0).matches("incremental from commune_month version \\d+ to \\d+: " + CORRECTED_UNITS
                + " unit-months changed in 1 month\\(s\\): 2024-06"), lines.toString());
        assertTrue(lines.get(1).matches("metric_values: [\\d,]+ rows for 2024-06…2025-06"), lines.toString());
        assertTrue(lines.get(2).matches("reporting_rates: [\\d,]+ rows for 2024-06"), lines.toString());
        assertTrue(lines.get(3).matches("outliers: [\\d,]+ rows for 2024-06…2026-01"), lines.toString());
    }
}
