package vn.diemtua.reliability;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.diemtua.ingest.IngestJob;
import vn.diemtua.ingest.IngestReport;
import vn.diemtua.ingest.SubmissionFileReader;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.reference.Unit;
import vn.diemtua.testing.CliProcess;
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
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety, process level: {@code scripts/diemtua ingest} is killed with SIGKILL at a different
 * point of each of four batches, then run again; after each rerun the warehouse holds exactly what
 * uninterrupted runs of the same batches give (compared table by table, run ids aside), no row
 * twice, none lost, and {@code ingest_log} accounts for every table version.
 *
 * <p>Only the killed runs need to be processes: the reruns and the uninterrupted reference run the
 * same job in this JVM, which spares a JVM and Spark start each. Each {@link Step} is a command
 * with the points it is killed at; {@code metrics} and {@code extract} plug in as further steps with
 * their own kill points, and their tables in {@link WarehouseFacts}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIT {
    private static final Duration AT_MOST = Duration.ofMinutes(15);

    /** A point to die at: a line ingest prints on standard error. */
    record KillPoint(String description, Predicate<String> line) {
        static KillPoint phase(String phase, String description) {
            return new KillPoint(description, l -> l.startsWith("ingest: " + phase + " ("));
        }
    }

    /** One command run on the warehouse under test, killed at each of its points and run again. */
    record Step(String name, List<String> args, List<KillPoint> killPoints) {
    }

    private final Measurements measured = new Measurements("crash-safety");
    private Path input;
    private List<Step> steps;

    @BeforeAll
    void submissions() {
        input = SparkTestSession.newFolder("crash-input");
        List<Unit> hanoi = SubmissionFiles.units("01", YearMonth.of(2023, 10), 250);
        List<Unit> hcm = SubmissionFiles.units("79", YearMonth.of(2023, 10), 250);
        List<Unit> thanhHoa = SubmissionFiles.units("38", YearMonth.of(2023, 10), 250);
        for (int m = 0; m < 8; m++) {
            YearMonth month = YearMonth.of(2023, 3).plusMonths(m);
            SubmissionFiles.write(input.resolve("b1/01/hanoi_" + month + ".csv"), SubmissionFiles.month(hanoi, month, 0, m));
            SubmissionFiles.write(input.resolve("b2/79/hcm_" + month + ".csv"), SubmissionFiles.month(hcm, month, 1, 100 + m));
            SubmissionFiles.write(input.resolve("b4/38/thanh_hoa_" + month + ".csv"),
                    SubmissionFiles.month(thanhHoa, month, 2, 300 + m));
        }
        // Batch 3: corrections of Hà Nội (new values, sent later), a file sent twice, and new months.
        for (int m = 0; m < 4; m++) {
            YearMonth month = YearMonth.of(2023, 5).plusMonths(m);
            SubmissionFiles.write(input.resolve("b3/01/hanoi_" + month + "_corrected.csv"),
                    SubmissionFiles.month(hanoi.subList(0, 100), month, 10, 200 + m));
        }
        for (int m = 0; m < 3; m++) {
            YearMonth month = YearMonth.of(2023, 11).plusMonths(m);
            SubmissionFiles.write(input.resolve("b3/01/hanoi_" + month + ".csv"), SubmissionFiles.month(hanoi, month, 0, 250 + m));
        }
        try {
            Files.copy(input.resolve("b1/01/hanoi_2023-03.csv"), input.resolve("b3/01/hanoi_2023-03 (copy).csv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        steps = List.of(
                new Step("ingest b1", List.of("ingest", "--input", input.resolve("b1").toString()), List.of(
                        KillPoint.phase("submission_rows", "during the first commit (submission_rows)"))),
                new Step("ingest b2", List.of("ingest", "--input", input.resolve("b2").toString()), List.of(
                        KillPoint.phase("commune_month_versions",
                                "after submission_rows and rejections committed, during the versions MERGE"))),
                new Step("ingest b3", List.of("ingest", "--input", input.resolve("b3").toString()), List.of(
                        KillPoint.phase("commune_month", "after the versions MERGE, during the commune_month MERGE"))),
                new Step("ingest b4", List.of("ingest", "--input", input.resolve("b4").toString()), List.of(
                        KillPoint.phase("ingest_log", "during the commit mark (ingest_log append)"))));
    }

    private static IngestReport ingestInThisJvm(Warehouse warehouse, Step step, PrintStream log) {
        return new IngestJob(warehouse, SubmissionFileReader.standard(ReadLimits.DEFAULTS), ReadLimits.DEFAULTS, log)
                .run(List.of(Path.of(step.args().get(2)).toUri().toString()));
    }

    /** The facts after each step, from uninterrupted runs of the same job in this JVM. */
    private List<Map<String, List<String>>> uninterrupted() {
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), SparkTestSession.newFolder("crash-reference").toUri().toString());
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<Map<String, List<String>>> facts = new ArrayList<>();
        for (Step step : steps) {
            ingestInThisJvm(warehouse, step, quiet);
            facts.add(WarehouseFacts.ingest(warehouse));
        }
        return facts;
    }

    @Test
    void killedRunsRerunToTheTablesOfUninterruptedRuns() {
        List<Map<String, List<String>>> expected = uninterrupted();
        Path warehouseDir = SparkTestSession.newFolder("crash-warehouse");
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), warehouseDir.toUri().toString());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            List<String> args = new ArrayList<>(step.args());
            args.addAll(List.of("--warehouse", warehouseDir.toString()));
            // Killed at each point in turn (each killed run first undoes what the one before left).
            List<String> kills = new ArrayList<>();
            for (KillPoint point : step.killPoints()) {
                CliProcess.Result killed = CliProcess.start(point.line(), args.toArray(String[]::new)).await(AT_MOST);
                assertNotNull(killed.killedAt(), () -> "the kill point was never reached: " + killed.describe());
                kills.add(String.format("%s, %.0f s after start (CPU %.0f s)", point.description(), killed.seconds(),
                        killed.cpuSeconds()));
            }
            // Then run to the end; here, in this JVM, to spare a JVM and Spark start: the same job as the command.
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            IngestReport rerun = ingestInThisJvm(warehouse, step, new PrintStream(said, true, StandardCharsets.UTF_8));
            assertTrue(said.toString(StandardCharsets.UTF_8).contains("Took over the writer lease"),
                    "the killed run's lease is taken over: " + said);
            measured.add(String.format("| %s | killed %s | %s |", step.name(), String.join("; then ", kills),
                    rerun.restored().isEmpty() ? "nothing to restore"
                            : "restored " + rerun.restored().entrySet().stream().map(e -> e.getKey().tableName()
                            + " to version " + e.getValue()).collect(Collectors.joining(", "))));
            assertEquals(List.of(), WarehouseFacts.integrityProblems(warehouse), step.name());
            Map<String, List<String>> facts = WarehouseFacts.ingest(warehouse);
            for (Map.Entry<String, List<String>> table : expected.get(i).entrySet()) {
                List<String> got = facts.get(table.getKey());
                assertEquals(table.getValue().size(), got.size(), step.name() + ": rows of " + table.getKey());
                assertEquals(table.getValue(), got, step.name() + ": " + table.getKey());
            }
        }
        Map<String, List<String>> last = expected.get(expected.size() - 1);
        measured.add("| all batches | " + last.get("files_logged").size() + " files, " + last.get("submission_rows").size()
                + " rows read, " + last.get("commune_month").size() + " unit-months, "
                + last.get("rejections").size() + " rejections: equal, row for row, to uninterrupted runs | |");
    }
}
