package vn.diemtua.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.file.PathUtils;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import vn.diemtua.generate.EncodingOption;
import vn.diemtua.generate.FormatOption;
import vn.diemtua.generate.GenerateOptions;
import vn.diemtua.generate.GenerationResult;
import vn.diemtua.generate.Generator;
import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.generate.model.UnitType;
import vn.diemtua.generate.write.HadoopOutput;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.testing.Cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code scripts/diemtua run} end to end on a small generated set (two small provinces, 14 months
 * across 2025-07-01, some rows with errors): the report and the extract are written, and the
 * extract's national totals, read by another Parquet reader (DuckDB), equal the report's figures
 * month by month and for the window, and the extract's {@code window_values}. Its warehouse is
 * left in {@code target/demo-it/warehouse} (failsafe's {@code diemtua.demo.dir}): {@code scripts/test}
 * runs the analysts' notebooks on it.
 */
class DemoIT {
    private static final String FROM = "2025-03";
    private static final String TO = "2026-02";

    @Test
    void runWritesAReportAndAnExtractWhoseTotalsAgree() throws Exception {
        Path root = Path.of(System.getProperty("diemtua.demo.dir", "target/demo-it"));
        if (Files.exists(root)) {
            PathUtils.deleteDirectory(root);
        }
        Path input = root.resolve("input");
        // Điện Biên and Lai Châu: small, and the same provinces before and after the reorganisation.
        GenerateOptions options = new GenerateOptions(YearMonth.of(2025, 1), YearMonth.parse(TO), Set.of("11", "12"),
                EnumSet.allOf(UnitType.class), FormatOption.BOTH, EncodingOption.MIXED, Layout.PROVINCE_MONTH, 7,
                GenerateOptions.DEFAULT_QUIRK_RATE, 0.01, ModelSettings.DEFAULT_REPORTING_RATE,
                ModelSettings.DEFAULT_LATE_RATE, 2);
        GenerationResult generated = new Generator(ReferenceData.bundled(), options)
                .run(new HadoopOutput(input.toString(), new Configuration()), (month, done, total, files, rows, elapsed) -> {
                });
        assertTrue(generated.expectedRejects() > 0, "the sample must hold rows that ingest rejects");

        Path out = root.resolve("out");
        Cli.Result run = Cli.run("run", "--warehouse", root.resolve("warehouse").toString(), "--out", out.toString(),
                "--input", input.toString(), "--from", FROM, "--to", TO, "--fail-on-reject");
        assertEquals(ExitCode.REJECTED, run.exitCode(), run::describe);
        for (String step : new String[]{"run [1/4] ingest", "run [2/4] metrics", "run [3/4] report", "run [4/4] extract"}) {
            assertTrue(run.err().contains(step), () -> "progress of " + step + ": " + run.err());
        }

        Path report = out.resolve("report/" + FROM + "_" + TO);
        Path extract = out.resolve("extracts/" + FROM + "_" + TO);
        for (Path file : new Path[]{report.resolve("index.html"), report.resolve("summary.vi.md"),
                report.resolve("charts/trend.png"), extract.resolve("MANIFEST.json"),
                extract.resolve("nation_month/part-00000.parquet")}) {
            assertTrue(Files.isRegularFile(file), () -> file + " is missing: " + run.describe());
        }

        Map<String, Double> reportMonths = new TreeMap<>();
        for (CSVRecord row : csv(report.resolve("tables/trend.csv"))) {
            String month = row.get("ky_bao_cao");
            if (month.compareTo(FROM) >= 0 && month.compareTo(TO) <= 0) {
                reportMonths.put(month, Double.parseDouble(row.get("crimes_and_violations")));
            }
        }
        double reportWindow = csv(report.resolve("tables/comparison.csv")).stream()
                .filter(row -> row.get("metric_id").equals("crimes_and_violations"))
                .mapToDouble(row -> Double.parseDouble(row.get("window_value"))).sum();

        Map<String, Double> extractMonths = nationMonths(extract.resolve("nation_month"));
        assertEquals(12, extractMonths.size(), extractMonths::toString);
        assertEquals(extractMonths.keySet(), reportMonths.keySet());
        extractMonths.forEach((month, cases) -> assertEquals(cases, reportMonths.get(month), 1e-6, month));
        double extractWindow = extractMonths.values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(extractWindow > 0, "no cases in the extract");
        assertEquals(extractWindow, reportWindow, 1e-6, "window total: extract vs report");
        assertEquals(extractWindow, nationWindowValue(extract.resolve("window_values")), 1e-6,
                "window total: extract's window_values vs its nation_month");

        Cli.Result badMonth = Cli.run("run", "--warehouse", root.resolve("warehouse").toString(), "--out", out.toString(),
                "--input", input.toString(), "--from", "2025-13", "--to", TO);
        assertEquals(ExitCode.USAGE, badMonth.exitCode(), badMonth::describe);
        assertTrue(badMonth.err().contains("2025-13"), badMonth::describe);
    }

    /** Crimes and violations per month of the extract's {@code nation_month}, read by DuckDB. */
    private static Map<String, Double> nationMonths(Path folder) throws Exception {
        Map<String, Double> months = new TreeMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement();
             ResultSet rs = statement.executeQuery("SELECT strftime(ky_bao_cao, '%Y-%m') AS m, "
                     + "CAST(toi_pham_phat_hien + vi_pham_phat_hien AS DOUBLE) AS cases FROM read_parquet('"
                     + folder.resolve("*.parquet") + "')")) {
            while (rs.next()) {
                months.put(rs.getString("m"), rs.getDouble("cases"));
            }
        }
        return months;
    }

    /** The national crimes and violations over the window, from the extract's {@code window_values}. */
    private static double nationWindowValue(Path folder) throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement();
             ResultSet rs = statement.executeQuery("SELECT window_value FROM read_parquet('" + folder.resolve("*.parquet")
                     + "') WHERE level = 'nation' AND metric_id = 'crimes_and_violations'")) {
            assertTrue(rs.next(), "no national crimes_and_violations row in window_values");
            return rs.getDouble(1);
        }
    }

    private static java.util.List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
    }
}
