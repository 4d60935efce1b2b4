package vn.diemtua.reliability;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.diemtua.ingest.IngestJob;
import vn.diemtua.ingest.IngestReport;
import vn.diemtua.ingest.SubmissionFileReader;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.locks.PeriodLocks;
import vn.diemtua.reference.Unit;
import vn.diemtua.testing.Cli;
import vn.diemtua.testing.CliProcess;
import vn.diemtua.testing.Measurements;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.testing.SubmissionFiles;
import vn.diemtua.testing.WarehouseFacts;
import vn.diemtua.warehouse.Warehouse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two ingests at once on one warehouse, then the period lock, through {@code scripts/diemtua}:
 * runs of different provinces both succeed and a file given to both is ingested once; a file in
 * one province's folder cannot change another province; a locked month refuses changes until an
 * unlock with a reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrencyIT {
    private static final Duration AT_MOST = Duration.ofMinutes(15);
    private static final YearMonth OCTOBER = YearMonth.of(2023, 10);
    private final Measurements measured = new Measurements("concurrency");
    private Path input;
    private Path warehouseDir;
    private Warehouse warehouse;

    @BeforeAll
    void submissions() {
        input = SparkTestSession.newFolder("concurrency-input");
        warehouseDir = SparkTestSession.newFolder("concurrency-warehouse");
        warehouse = new Warehouse(SparkTestSession.get(), warehouseDir.toUri().toString());
        List<Unit> hanoi = SubmissionFiles.units("01", OCTOBER, 200);
        List<Unit> hcm = SubmissionFiles.units("79", OCTOBER, 200);
        // Hà Nội's folder also reports the first Hồ Chí Minh City unit, with figures of its own.
        Unit intruder = hcm.get(0);
        SubmissionFiles.write(input.resolve("a/01/hanoi_2023-10.csv"), SubmissionFiles.month(hanoi, OCTOBER, 0, 1)
                + intruder.code() + "," + intruder.fullName() + ",2023-10,05/11/2023,999,0,0,0,1,chua_co,không\n");
        SubmissionFiles.write(input.resolve("b/79/hcm_2023-10.csv"), SubmissionFiles.month(hcm, OCTOBER, 0, 2));
        SubmissionFiles.write(input.resolve("shared/hanoi_2023-09.csv"),
                SubmissionFiles.month(hanoi.subList(0, 50), YearMonth.of(2023, 9), 0, 3));
    }

    private String[] ingest(String... folders) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--warehouse", warehouseDir.toString(), "--input"));
        for (String folder : folders) {
            args.add(input.resolve(folder).toString());
        }
        return args.toArray(String[]::new);
    }

    @Test
    @Order(1)
    void twoIngestsAtOnceBothSucceedAndASharedFileIsIngestedOnce() {
        CliProcess hanoi = CliProcess.start(null, ingest("a", "shared/hanoi_2023-09.csv"));
        CliProcess hcm = CliProcess.start(null, ingest("b", "shared/hanoi_2023-09.csv"));
        CliProcess.Result first = hanoi.await(AT_MOST);
        CliProcess.Result second = hcm.await(AT_MOST);
        assertEquals(0, first.exitCode(), first::describe);
        assertEquals(0, second.exitCode(), second::describe);
        boolean waited = first.err().contains("Waiting: another run") || second.err().contains("Waiting: another run");
        measured.add(String.format("| two ingests at once (01 + shared file, 79 + shared file) | both exit 0 in %.0f s and "
                + "%.0f s (CPU %.0f s, %.0f s); %s |", first.seconds(), second.seconds(), first.cpuSeconds(),
                second.cpuSeconds(), waited ? "one waited for the other's lease" : "they did not overlap"));

        assertEquals(List.of(), WarehouseFacts.integrityProblems(warehouse));
        assertEquals(List.of("[duplicate_file,1]", "[ingested,1]"), lines("SELECT outcome, count(*) FROM ingest_log "
                + "WHERE source_file LIKE '%shared/hanoi_2023-09.csv' GROUP BY outcome ORDER BY outcome"));
        assertEquals(List.of("[1,441]"), lines("SELECT max(revision), count(*) FROM commune_month"),
                "200 + 200 units in October less 8 negative counts, 50 in September less one");
    }

    @Test
    @Order(2)
    void aFileInOneProvincesFolderCannotChangeAnother() {
        assertEquals(List.of("[OUTSIDE_PROVINCE]"), lines("SELECT reason_code FROM rejections WHERE toi_pham_phat_hien = '999'"));
        assertEquals(List.of(), lines("SELECT ma_xa FROM commune_month WHERE toi_pham_phat_hien = 999"));
        assertEquals(List.of("[79,hcm_2023-10.csv]"), lines("SELECT province_code, substring_index(source_file, '/', -1) "
                + "FROM commune_month WHERE ma_xa = (SELECT min(ma_xa) FROM commune_month WHERE province_code = '79')"));
    }

    @Test
    @Order(3)
    void aLockedMonthRefusesChangesUntilAnUnlockWithAReason() {
        Cli.Result locked = Cli.run("lock", "--warehouse", warehouseDir.toString(), "--to", "2023-10",
                "--reason", "Hội nghị tổng kết công tác năm 2023");
        assertEquals(0, locked.exitCode(), locked::describe);
        assertTrue(locked.out().contains("Locked: months up to 2023-10"), locked::describe);

        // The resend runs in this JVM (the same job as the command), sparing a JVM and Spark start.
        List<Unit> hanoi = SubmissionFiles.units("01", OCTOBER, 20);
        SubmissionFiles.write(input.resolve("late/01/hanoi_2023-10_corrected.csv"), SubmissionFiles.month(hanoi, OCTOBER, 9, 77));
        List<String> october = lines("SELECT * FROM commune_month WHERE ky_bao_cao = DATE'2023-10-01' ORDER BY ma_xa");
        IngestReport refused = new IngestJob(warehouse, SubmissionFileReader.standard(ReadLimits.DEFAULTS), ReadLimits.DEFAULTS,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of(input.resolve("late").toUri().toString()));
        assertEquals(Map.of("PERIOD_LOCKED", 20L), refused.rejectedByReason());
        assertEquals(october, lines("SELECT * FROM commune_month WHERE ky_bao_cao = DATE'2023-10-01' ORDER BY ma_xa"));

        Cli.Result noReason = Cli.run("unlock", "--warehouse", warehouseDir.toString(), "--to", "2023-10");
        assertEquals(2, noReason.exitCode(), noReason::describe);
        assertTrue(noReason.err().contains("--reason"), noReason::describe);
        // With a reason, in this JVM: the same command class as lock, which ran as a process above.
        PeriodLocks.Change unlocked = new PeriodLocks(warehouse).unlock(OCTOBER, "Công văn số 12: Hà Nội sửa số liệu tháng 10",
                "an");
        assertTrue(unlocked.changed(), unlocked::messageEn);
        assertEquals(List.of("[lock,Hội nghị tổng kết công tác năm 2023]", "[unlock,Công văn số 12: Hà Nội sửa số liệu tháng 10]"),
                lines("SELECT action, reason FROM period_locks ORDER BY locked_at"));
        measured.add("| lock, resend, unlock | `lock --to 2023-10`: exit 0; the corrected file: 20 rows PERIOD_LOCKED, "
                + "October unchanged row for row; `unlock` without --reason: exit 2; with one: unlocked; both in period_locks |");
    }

    private List<String> lines(String query) {
        warehouse.registerViews();
        return warehouse.spark().sql(query).collectAsList().stream().map(Object::toString).toList();
    }
}
