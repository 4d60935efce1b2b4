package vn.diemtua.reliability;

import org.junit.jupiter.api.Test;
import vn.diemtua.reference.Unit;
import vn.diemtua.testing.CliProcess;
import vn.diemtua.testing.Measurements;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.testing.SubmissionFiles;
import vn.diemtua.testing.WarehouseFacts;
import vn.diemtua.warehouse.Warehouse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 10,000 one-row files in one folder: one run ingests them all; the time is measured, not asserted. */
class ManySmallFilesIT {
    private static final int UNITS = 500;
    private static final int MONTHS = 20;

    @Test
    void tenThousandTinyFilesInOneFolder() {
        Path folder = SparkTestSession.newFolder("many-files").resolve("01");
        List<Unit> hanoi = SubmissionFiles.units("01", YearMonth.of(2023, 10), UNITS);
        assertEquals(UNITS, hanoi.size());
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = YearMonth.of(2022, 3).plusMonths(m);
            for (Unit unit : hanoi) {
                // One unit's month, as a commune sends it alone.
                String text = SubmissionFiles.month(List.of(unit), month, 0, m * 1000L + Integer.parseInt(unit.code()));
                SubmissionFiles.write(folder.resolve(unit.code() + "_" + month + ".csv"), text);
            }
        }
        Path warehouseDir = SparkTestSession.newFolder("many-files-warehouse");
        CliProcess.Result run = CliProcess.start(null, "ingest", "--warehouse", warehouseDir.toString(),
                "--input", folder.toString()).await(Duration.ofMinutes(30));
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("Files: 10000 (ingested 10000, duplicate of a file already ingested 0, unreadable 0)"),
                run::describe);
        Warehouse warehouse = new Warehouse(SparkTestSession.get(), warehouseDir.toUri().toString());
        assertEquals(List.of(), WarehouseFacts.integrityProblems(warehouse));
        assertEquals((long) UNITS * MONTHS, warehouse.read(vn.diemtua.model.TableName.COMMUNE_MONTH).count());
        new Measurements("many-small-files").add(String.format(
                "| 10,000 files of one row in one folder | ingested 10,000 in %.0f s (CPU %.0f s, peak RSS %d MB) |",
                run.seconds(), run.cpuSeconds(), run.peakRssMb()));
    }
}
