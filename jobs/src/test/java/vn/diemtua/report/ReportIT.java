package vn.diemtua.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.TableName;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code scripts/diemtua report} on a national-sized warehouse, then the dashboard opened in headless
 * Chromium from the file system: every image loads, nothing is wider than the window. A screenshot
 * is kept under {@code target/report-it/} for a person to judge legibility.
 */
class ReportIT {
    private static final Path REPO = Path.of(System.getProperty("diemtua.repo", "..")).toAbsolutePath().normalize();
    private static final Path KEEP = REPO.resolve("jobs/target/report-it");
    private static Path warehouse;

    @BeforeAll
    static void tables() throws IOException {
        SparkSession spark = SparkTestSession.get();
        warehouse = SparkTestSession.newFolder("report-it-warehouse");
        Warehouse w = new Warehouse(spark, warehouse.toUri().toString());
        // Version 0 with smaller counts, version 1 as the current figures: --as-of 0 must show the first.
        NationalSample.reportingRates(spark).write().format("delta").save(w.pathOf(TableName.REPORTING_RATES));
        NationalSample.metricValues(spark, 0.5).write().format("delta").save(w.pathOf(TableName.METRIC_VALUES));
        NationalSample.metricValues(spark, 1.0).write().format("delta").mode("overwrite")
                .save(w.pathOf(TableName.METRIC_VALUES));
        Files.createDirectories(KEEP);
    }

    @Test
    void theDashboardOpensFromTheFileSystemWithEveryImageAndNothingOverflowing() throws Exception {
        Path out = SparkTestSession.newFolder("report-it-out");
        Result run = diemtua("report", "--warehouse", warehouse.toUri().toString(), "--out", out.toString(),
                "--from", "2022-10", "--to", "2023-09");
        assertEquals(0, run.exit(), run.output());
        Path folder = out.resolve("report/2022-10_2023-09");
        assertTrue(run.output().contains("Report written to"), run.output());
        for (String id : List.of("trend", "ranking", "progress", "completeness", "comparison")) {
            assertTrue(Files.size(folder.resolve("charts/" + id + ".png")) > 10_000, id);
            assertTrue(Files.readString(folder.resolve("charts/" + id + ".svg")).contains("Nguồn: Điểm Tựa"), id);
            assertTrue(Files.exists(folder.resolve("tables/" + id + ".csv")), id);
        }
        String vi = Files.readString(folder.resolve("summary.vi.md"));
        assertTrue(Pattern.compile("đã phát hiện (hơn|gần)? ?\\d+ nghìn vụ phạm tội, vi phạm pháp luật").matcher(vi).find(), vi);
        assertTrue(vi.contains("metric\\_values phiên bản 1"), "the latest version is named: " + vi);
        assertTrue(Files.readString(folder.resolve("summary.en.md")).contains("crimes and legal violations"));
        try (var siblings = Files.list(out.resolve("report"))) {
            assertEquals(1, siblings.count(), "only the report folder: no temporary folder left");
        }
        try (var files = Files.walk(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".crc")).toList());
        }

        // The page as a reader opens it: a laptop-wide window, then a narrow one.
        for (int width : new int[]{1280, 760}) {
            JsonNode check = checkInBrowser(folder, width);
            assertEquals(5, check.get("images").asInt(), check.toString());
            assertEquals(0, check.get("broken").size(), "images that did not load: " + check.get("broken"));
            assertFalse(check.get("overflowX").asBoolean(), "the page scrolls sideways at " + width + " px: " + check);
            assertEquals(0, check.get("wide").size(), "elements wider than the window at " + width + " px: " + check);
        }
        Path screenshot = KEEP.resolve("dashboard.png");
        Files.deleteIfExists(screenshot);
        Result shot = chromium("--window-size=1280,4200", "--hide-scrollbars", "--screenshot=" + screenshot,
                folder.resolve("index.html").toUri().toString());
        assertTrue(Files.size(screenshot) > 50_000, "screenshot written: " + shot.output());
        copy(folder, KEEP.resolve("pack"));
    }

    @Test
    void asOfRebuildsThePackFromAnEarlierVersion() throws Exception {
        Path out = SparkTestSession.newFolder("report-it-asof");
        Result run = diemtua("report", "--warehouse", warehouse.toUri().toString(), "--out", out.toString(),
                "--from", "2022-10", "--to", "2023-09", "--as-of", "0");
        assertEquals(0, run.exit(), run.output());
        String vi = Files.readString(out.resolve("report/2022-10_2023-09/summary.vi.md"));
        assertTrue(vi.contains("dữ liệu tại thời điểm 0: metric\\_values phiên bản 0, reporting\\_rates phiên bản 0"), vi);
        // The first month of the trend holds version 0's national count, not the latest one.
        String first = Files.readString(out.resolve("report/2022-10_2023-09/tables/trend.csv")).lines()
                .filter(l -> l.startsWith("2021-10,")).findFirst().orElseThrow();
        double shown = Double.parseDouble(first.split(",")[1]);
        Warehouse w = new Warehouse(SparkTestSession.get(), warehouse.toUri().toString());
        double atVersion0 = nationCrimes(w.readAsOf(TableName.METRIC_VALUES, "0"));
        double latest = nationCrimes(w.read(TableName.METRIC_VALUES));
        assertEquals(atVersion0, shown, 1e-9);
        assertTrue(Math.abs(latest - shown) > 100, "the versions differ: " + latest + " vs " + shown);
    }

    private static double nationCrimes(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> metricValues) {
        return metricValues.filter("metric_id = 'crimes_and_violations' AND level = 'nation' "
                + "AND ky_bao_cao = DATE'2021-10-01'").select("value").first().getDouble(0);
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() throws Exception {
        Result run = diemtua("report", "--warehouse", warehouse.toUri().toString(), "--from", "2023-13", "--to",
                "2023-09");
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("--from must be a month written YYYY-MM"), run.output());
    }

    /** Opens a copy of the page with a small script that writes what it finds into the DOM. */
    private static JsonNode checkInBrowser(Path folder, int width) throws Exception {
        String page = Files.readString(folder.resolve("index.html"));
        String script = """
                <script>
                window.addEventListener('load', () => {
                  const root = document.documentElement;
                  const images = [...document.images];
                  const broken = images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src'));
                  const wide = [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('.table-wrap') && e.getBoundingClientRect().right > root.clientWidth + 1)
                    .map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
                  const out = document.createElement('pre');
                  out.id = 'check-result';
                  out.textContent = JSON.stringify({images: images.length, broken,
                    overflowX: root.scrollWidth > root.clientWidth, wide});
                  document.body.appendChild(out);
                });
                </script>
                """;
        Path check = folder.resolve("check-" + width + ".html");
        Files.writeString(check, page.replace("</body>", script + "</body>"));
        try {
            Result dom = chromium("--window-size=" + width + ",900", "--virtual-time-budget=15000", "--dump-dom",
                    check.toUri().toString());
            Matcher m = Pattern.compile("<pre id=\"check-result\">(.*?)</pre>", Pattern.DOTALL).matcher(dom.output());
            assertTrue(m.find(), "the check ran in the browser: " + dom.output());
            String json = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
            return new ObjectMapper().readTree(json);
        } finally {
            Files.delete(check);
        }
    }

    record Result(int exit, String output) {
    }

    private static Result diemtua(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(REPO.resolve("scripts/diemtua").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DIEMTUA_TMP", SparkTestSession.newFolder("report-it-tmp").toString());
        return run(builder, 300);
    }

    private static Result chromium(String... args) throws Exception {
        String browser = System.getenv().getOrDefault("CHROMIUM", "chromium");
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + SparkTestSession.newFolder("chromium-profile")));
        command.addAll(List.of(args));
        try {
            return run(new ProcessBuilder(command), 120);
        } catch (IOException e) {
            throw new AssertionError("Chromium is needed to check the dashboard: run scripts/setup "
                    + "(apt-get install chromium)", e);
        }
    }

    private static Result run(ProcessBuilder builder, int timeoutSeconds) throws Exception {
        File log = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "run", ".log").toFile();
        Process process = builder.redirectOutput(log).redirectError(ProcessBuilder.Redirect.appendTo(log)).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(builder.command() + " did not finish: " + Files.readString(log.toPath()));
        }
        return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
