package vn.diemtua.reliability;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.diemtua.cli.WindowComparisonSource;
import vn.diemtua.extracts.ExtractJob;
import vn.diemtua.extracts.ExtractRequest;
import vn.diemtua.ingest.IngestJob;
import vn.diemtua.ingest.IngestReport;
import vn.diemtua.ingest.SubmissionFileReader;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.metrics.MetricsReference;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.metrics.job.MetricsJob;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;
import vn.diemtua.report.ReportWindow;
import vn.diemtua.testing.Cli;
import vn.diemtua.testing.CliProcess;
import vn.diemtua.testing.ExtractFacts;
import vn.diemtua.testing.Measurements;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.testing.SubmissionFiles;
import vn.diemtua.testing.WarehouseFacts;
import vn.diemtua.warehouse.Warehouse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety, process level: {@code scripts/diemtua} is killed with SIGKILL at a chosen point of
 * an ingest batch (after the batch's first tables committed, during its last MERGE, during its
 * commit mark: three killed runs in a row, each undoing what the one before left), of
 * {@code metrics} and of an {@code extract} that replaces an earlier one, then each is run again;
 * after each rerun the warehouse and the extract hold exactly what uninterrupted runs of the same
 * steps give (compared table by table and file by file, run ids and times aside), no row twice,
 * none lost, {@code ingest_log} accounts for every table version, and after any kill no visible
 * extract folder is incomplete.
 *
 * <p>Only the killed runs need to be processes: the reruns and the uninterrupted reference run the
 * same jobs in this JVM, which spares a JVM and Spark start (about 30 CPU seconds) each. The cost
 * is per job, not per row: the steps before the first kill run once, in the reference, whose
 * warehouse the test starts from a copy of.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIT {
    private static final Duration AT_MOST = Duration.ofMinutes(15);
    private static final ReportWindow WINDOW = ReportWindow.parse("2023-03", "2023-12");
    /**
     * Units a province: enough for rejected rows (every 50th) and formula-like names (every 97th);
     * the cost is per job, not per row (20 units gave as many metric values and the same CPU time).
     */
    private static final int UNITS = 60;

    /** A point to die at: a line the command prints on standard error. */
    record KillPoint(String description, Predicate<String> line) {
        static KillPoint ingest(String phase, String description) {
            return new KillPoint(description, l -> l.startsWith("ingest: " + phase + " ("));
        }

        /** {@code metrics} starting to write a table: "metrics [12 s] reporting_rates: 2023-03..2024-01 …". */
        static KillPoint metrics(String table, String description) {
            return new KillPoint(description, l -> l.startsWith("metrics [") && l.contains("] " + table + ": ") && l.endsWith("…"));
        }

        /** {@code extract} at a progress line (its English half, after " | "). */
        static KillPoint extract(String english, String description) {
            return new KillPoint(description, l -> l.contains(" | " + english));
        }
    }

    /** The same work as a step's command, run to the end in this JVM; says what it found to undo. */
    @FunctionalInterface
    interface InJvm {
        String run(Warehouse warehouse, String out, PrintStream log) throws IOException;
    }

    /** What a step writes, as sorted lines per table or file list, run ids and times aside. */
    @FunctionalInterface
    interface Facts {
        Map<String, List<String>> of(Warehouse warehouse, Path out) throws IOException;
    }

    /**
     * One command run on the warehouse under test, killed at each of its points (if any) and run to
     * the end. {@code before} (or null) runs first, on the warehouse under test only: what the
     * killed run finds there (the uninterrupted reference needs no such run).
     */
    record Step(String name, List<String> args, List<KillPoint> killPoints, InJvm inJvm, InJvm before, Facts facts) {
    }

    private final Measurements measured = new Measurements("crash-safety");
    private final Path referenceOut = SparkTestSession.newFolder("crash-reference-out");
    private final Path warehouseDir = SparkTestSession.newFolder("crash-warehouse");
    private Path input;
    /** Steps that are not killed, run once in the reference: the warehouse under test starts as a copy of what they give. */
    private List<Step> prepared;
    private List<Step> steps;

    @BeforeAll
    void submissions() {
        input = SparkTestSession.newFolder("crash-input");
        List<Unit> hanoi = SubmissionFiles.units("01", YearMonth.of(2023, 10), UNITS);
        List<Unit> hcm = SubmissionFiles.units("79", YearMonth.of(2023, 10), UNITS);
        List<Unit> thanhHoa = SubmissionFiles.units("38", YearMonth.of(2023, 10), UNITS);
        for (int m = 0; m < 8; m++) {
            YearMonth month = YearMonth.of(2023, 3).plusMonths(m);
            SubmissionFiles.write(input.resolve("b1/01/hanoi_" + month + ".csv"), SubmissionFiles.month(hanoi, month, 0, m));
            SubmissionFiles.write(input.resolve("b2/79/hcm_" + month + ".csv"), SubmissionFiles.month(hcm, month, 1, 100 + m));
            SubmissionFiles.write(input.resolve("b4/38/thanh_hoa_" + month + ".csv"),
                    SubmissionFiles.month(thanhHoa, month, 2, 300 + m));
        }
        // With the new provinces: corrections of Hà Nội (new values, sent later), a file sent twice, and new months.
        for (int m = 0; m < 4; m++) {
            YearMonth month = YearMonth.of(2023, 5).plusMonths(m);
            SubmissionFiles.write(input.resolve("b2/01/hanoi_" + month + "_corrected.csv"),
                    SubmissionFiles.month(hanoi.subList(0, UNITS / 2), month, 10, 200 + m));
        }
        for (int m = 0; m < 3; m++) {
            YearMonth month = YearMonth.of(2023, 11).plusMonths(m);
            SubmissionFiles.write(input.resolve("b2/01/hanoi_" + month + ".csv"), SubmissionFiles.month(hanoi, month, 0, 250 + m));
        }
        try {
            Files.copy(input.resolve("b1/01/hanoi_2023-03.csv"), input.resolve("b2/01/hanoi_2023-03 (copy).csv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        prepared = List.of(ingestStep("b1"));
        // One batch killed at three points: each killed run starts by undoing what the one before
        // left, and the rerun after the last gives the uninterrupted tables only if every undo did.
        steps = List.of(
                ingestStep("b2",
                        KillPoint.ingest("commune_month_versions", "after submission_rows and rejections committed, during the versions MERGE"),
                        KillPoint.ingest("commune_month", "after the versions MERGE, during the commune_month MERGE"),
                        KillPoint.ingest("ingest_log", "during the commit mark (ingest_log append)")),
                metricsStep("metrics", KillPoint.metrics("reporting_rates", "after metric_values committed, writing reporting_rates")),
                extractStep("extract (replacing an earlier one)", KillPoint.extract("Checking the extract",
                        "every file written, checking them against MANIFEST.json")));
    }

    private Step ingestStep(String batch, KillPoint... killPoints) {
        String folder = input.resolve(batch).toString();
        return new Step("ingest " + batch, List.of("ingest", "--input", folder), List.of(killPoints), (warehouse, out, log) -> {
            IngestReport report = new IngestJob(warehouse, SubmissionFileReader.standard(ReadLimits.DEFAULTS),
                    ReadLimits.DEFAULTS, log).run(List.of(Path.of(folder).toUri().toString()));
            return report.restored().isEmpty() ? "nothing to restore" : "restored " + report.restored().entrySet().stream()
                    .map(e -> e.getKey().tableName() + " to version " + e.getValue()).collect(Collectors.joining(", "));
        }, null, (warehouse, out) -> WarehouseFacts.ingest(warehouse));
    }

    private static Step metricsStep(String name, KillPoint... killPoints) {
        return new Step(name, List.of("metrics"), List.of(killPoints), (warehouse, out, log) -> {
            MetricsJob.Summary summary = new MetricsJob(warehouse, MetricCatalog.bundled(),
                    MetricsReference.of(ReferenceData.bundled()), log::println).run(false);
            return summary.en().get(0);
        }, null, (warehouse, out) -> WarehouseFacts.metrics(warehouse));
    }

    /**
     * An extract of {@link #WINDOW}, killed while it replaces one the same tables gave just before:
     * the reference's (the tables are those of the reference, as the step before checked).
     */
    private Step extractStep(String name, KillPoint... killPoints) {
        List<String> args = List.of("extract", "--from", WINDOW.from().toString(), "--to", WINDOW.to().toString());
        InJvm extract = (warehouse, out, log) -> {
            new ExtractJob(warehouse, out, WindowComparisonSource.of(MetricCatalog.bundled()), log, Clock.systemUTC())
                    .run(new ExtractRequest(WINDOW, WINDOW.defaultGeography(), Optional.empty()));
            return "extract published";
        };
        InJvm earlier = (warehouse, out, log) -> {
            copyFolder(extractFolder(referenceOut), extractFolder(Path.of(java.net.URI.create(out))));
            return "the reference's extract copied";
        };
        return new Step(name, args, List.of(killPoints), extract, earlier, (warehouse, out) -> ExtractFacts.of(extractFolder(out)));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Path extractFolder(Path out) {
        return out.resolve(ExtractJob.EXTRACTS_FOLDER).resolve(WINDOW.folderName());
    }

    /**
     * The facts after each killed step, from uninterrupted runs of the same jobs in this JVM; the
     * warehouse under test is a copy of the reference's after the prepared steps.
     */
    private List<Map<String, List<String>>> uninterrupted() throws IOException {
        Path warehouseFolder = SparkTestSession.newFolder("crash-reference");
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), warehouseFolder.toUri().toString());
        Path out = referenceOut;
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<Map<String, List<String>>> facts = new ArrayList<>();
        List<String> costs = new ArrayList<>();
        for (Step step : prepared) {
            double cpu = cpuSeconds();
            step.inJvm().run(warehouse, out.toUri().toString(), quiet);
            costs.add(String.format("%s %.0f s", step.name(), cpuSeconds() - cpu));
        }
        copyFolder(warehouseFolder, warehouseDir);
        for (Step step : steps) {
            double cpu = cpuSeconds();
            step.inJvm().run(warehouse, out.toUri().toString(), quiet);
            costs.add(String.format("%s %.0f s", step.name(), cpuSeconds() - cpu));
            facts.add(step.facts().of(warehouse, out));
        }
        measured.add("| uninterrupted reference, in the test JVM | CPU: " + String.join(", ", costs) + " | |");
        return facts;
    }

    /** CPU time of this JVM so far (all threads, Spark's included). */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    @Test
    void killedRunsRerunToTheStateOfUninterruptedRuns() throws IOException {
        List<Map<String, List<String>>> expected = uninterrupted();
        Path out = SparkTestSession.newFolder("crash-out");
        Path extracts = extractFolder(out).getParent();
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), warehouseDir.toUri().toString());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.before() != null) {
                step.before().run(warehouse, out.toUri().toString(), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));
            }
            Map<String, List<String>> before = ExtractFacts.of(extractFolder(out));
            List<String> args = new ArrayList<>(step.args());
            args.addAll(List.of("--warehouse", warehouseDir.toString(), "--out", out.toString()));
            // Killed at each point in turn (each killed run first undoes what the one before left).
            List<String> kills = new ArrayList<>();
            for (KillPoint point : step.killPoints()) {
                CliProcess.Result killed = CliProcess.start(point.line(), args.toArray(String[]::new)).await(AT_MOST);
                assertNotNull(killed.killedAt(), () -> "the kill point was never reached: " + killed.describe());
                kills.add(String.format("%s, %.0f s after start (CPU %.0f s)", point.description(), killed.seconds(),
                        killed.cpuSeconds()));
                // A killed extract leaves only hidden folders; an extract published before stays whole.
                assertEquals(List.of(), ExtractFacts.incompleteVisibleExtracts(extracts), step.name());
                assertEquals(before, ExtractFacts.of(extractFolder(out)),
                        step.name() + ": the visible extract is as it was before the killed run");
            }
            // Then run to the end; here, in this JVM, to spare a JVM and Spark start: the same job as the command.
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            String rerun = step.inJvm().run(warehouse, out.toUri().toString(), new PrintStream(said, true, StandardCharsets.UTF_8));
            if (step.name().startsWith("ingest")) {
                assertTrue(said.toString(StandardCharsets.UTF_8).contains("Took over the writer lease"),
                        "the killed run's lease is taken over: " + said);
            }
            assertEquals(List.of(), WarehouseFacts.integrityProblems(warehouse), step.name());
            measured.add(String.format("| %s | killed %s | %s |", step.name(), String.join("; then ", kills), rerun));
            Map<String, List<String>> facts = step.facts().of(warehouse, out);
            assertEquals(expected.get(i).keySet(), facts.keySet(), step.name());
            for (Map.Entry<String, List<String>> table : expected.get(i).entrySet()) {
                List<String> got = facts.get(table.getKey());
                assertEquals(table.getValue().size(), got.size(), step.name() + ": rows of " + table.getKey());
                assertEquals(table.getValue(), got, step.name() + ": " + table.getKey());
            }
        }
        Cli.Result verified = Cli.run("extract", "--verify", extractFolder(out).toString());
        assertEquals(0, verified.exitCode(), verified::describe);
        Map<String, List<String>> last = new LinkedHashMap<>();
        expected.forEach(last::putAll);
        measured.add("| all steps | " + last.get("files_logged").size() + " files, " + last.get("submission_rows").size()
                + " rows read, " + last.get("commune_month").size() + " unit-months, "
                + last.get("rejections").size() + " rejections, " + last.get("metric_values").size() + " metric values, "
                + last.get("extract files").size() + " extract files: equal, row for row and byte for byte, to "
                + "uninterrupted runs; `extract --verify`: exit 0; hidden leftovers of killed extracts: "
                + ExtractFacts.hiddenEntries(extracts) + " |");
    }
}
