package vn.diemtua.ingest;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.TableName;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job on a tiny folder, run after run on one warehouse, with a stand-in reader. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobTest {
    private static final String HEADER = "ma_xa,ten_xa,ky_bao_cao,ngay_gui,toi_pham_phat_hien,toi_pham_lam_ro,tru_so\n";
    private Path input;
    private Warehouse warehouse;

    @BeforeAll
    void files() throws IOException {
        Path root = SparkTestSession.newFolder("ingest-job");
        input = root.resolve("in");
        warehouse = new Warehouse(SparkTestSession.get(), root.resolve("warehouse").toUri().toString());
        write("01/hanoi-2023-10.csv", HEADER
                + "1,Phường Phúc Xá,10/2023,05/11/2023,5,3,da_su_dung\n"
                + "00004,Trúc Bạch,Tháng 10/2023,05/11/2023,2,,Đang xây dựng\n"
                + "26734,Tân Định,10/2023,05/11/2023,1,1,da_su_dung\n"
                + "00006,Vĩnh Phúc,10/2023,05/11/2023,-1,0,da_su_dung\n"
                + "Tổng cộng,,,,8,4,\n"
                + ",,,,,,\n");
        write("01/hanoi-2023-11.csv", HEADER + "00001,Phúc Xá,11/2023,04/12/2023,1,1,dang_xay_dung\n");
        Files.createDirectories(input.resolve("copy"));
        Files.copy(input.resolve("01/hanoi-2023-10.csv"), input.resolve("copy/hanoi-2023-10.csv"));
        write("garbage.csv", "GARBAGE");
        write(".hidden.csv", "GARBAGE");
        write("~$lock.csv", "GARBAGE");
    }

    private void write(String name, String text) throws IOException {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private IngestReport ingest(String... paths) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<String> inputs = paths.length == 0 ? List.of(input.toUri().toString())
                : java.util.Arrays.stream(paths).map(p -> input.resolve(p).toUri().toString()).toList();
        return new IngestJob(warehouse, new KeyedCsvReader(), ReadLimits.DEFAULTS, quiet).run(inputs);
    }

    private List<Row> sql(String query) {
        warehouse.registerViews();
        return warehouse.spark().sql(query).collectAsList();
    }

    @Test
    @Order(1)
    void firstRunWritesEveryTable() {
        IngestReport report = ingest();
        assertEquals(4, report.files().size(), "hidden and lock files are left out");
        assertEquals(2, report.files(FileOutcome.INGESTED));
        assertEquals(1, report.files(FileOutcome.DUPLICATE_FILE), "the copy in another folder");
        assertEquals(1, report.files(FileOutcome.UNREADABLE));
        assertEquals(9, report.read());
        assertEquals(3, report.accepted());
        assertEquals(2, report.rejected());
        assertEquals(Map.of("COUNT_NEGATIVE", 1L, "OUTSIDE_PROVINCE", 1L), report.rejectedByReason());
        assertEquals(Map.of("header", 2L, "total", 1L, "blank", 1L), report.skippedByReason());
        assertEquals(3, report.newRevisions());
        assertEquals(Map.of(), report.warningsByReason());

        assertEquals(9L, sql("SELECT count(*) FROM submission_rows").get(0).getLong(0));
        assertEquals(3L, sql("SELECT count(*) FROM rejections").get(0).getLong(0));
        Row unreadable = sql("SELECT reason_code, sheet, row_number FROM rejections WHERE source_file LIKE '%garbage.csv'").get(0);
        assertEquals("NOT_A_SPREADSHEET", unreadable.getString(0));
        assertEquals(List.of("OUTSIDE_PROVINCE"), sql("SELECT reason_code FROM rejections WHERE ma_xa = '26734'")
                .stream().map(r -> r.getString(0)).toList());
        List<Row> current = sql("SELECT ma_xa, cast(ky_bao_cao AS STRING), toi_pham_phat_hien, toi_pham_lam_ro, tru_so, "
                + "revision, warnings, province_code FROM commune_month ORDER BY ma_xa, ky_bao_cao");
        assertEquals(3, current.size());
        assertEquals(RowFactory.create("00001", "2023-10-01", 5L, 3L, "da_su_dung", 1).toString(),
                RowFactory.create(current.get(0).get(0), current.get(0).get(1), current.get(0).get(2),
                        current.get(0).get(3), current.get(0).get(4), current.get(0).get(5)).toString());
        assertEquals(List.of("HQ_STATUS_BACKWARDS"), current.get(1).getList(6), "in use in October, building in November");
        assertEquals(null, current.get(2).get(3), "an empty cell is not reported, never 0");
        assertEquals("01", current.get(2).getString(7));
        assertEquals(4L, sql("SELECT count(*) FROM ingest_log").get(0).getLong(0));
    }

    @Test
    @Order(2)
    void theSameFilesAgainChangeNothing() {
        Map<String, Long> before = IngestTables.currentVersions(warehouse);
        IngestReport report = ingest();
        assertEquals(4, report.files(FileOutcome.DUPLICATE_FILE));
        assertEquals(0, report.read());
        assertEquals(before, IngestTables.currentVersions(warehouse));
        assertEquals(8L, sql("SELECT count(*) FROM ingest_log").get(0).getLong(0));
    }

    @Test
    @Order(3)
    void aLaterSubmissionIsCurrentWhateverTheOrderItArrivesIn() throws IOException {
        write("01/hanoi-2023-10-fix.csv", HEADER
                + "00001,Phúc Xá,10/2023,10/11/2023,6,3,da_su_dung\n"
                + "00004,Trúc Bạch,10/2023,05/11/2023,2,,dang_xay_dung\n");
        IngestReport report = ingest("01/hanoi-2023-10-fix.csv");
        assertEquals(1, report.newRevisions());
        assertEquals(1, report.unchanged());
        // An earlier report, arriving last: kept as a version, not current.
        write("01/hanoi-2023-10-early.csv", HEADER + "00001,Phúc Xá,10/2023,01/11/2023,7,3,da_su_dung\n");
        ingest("01/hanoi-2023-10-early.csv");

        List<Row> current = sql("SELECT toi_pham_phat_hien, revision, ngay_gui FROM commune_month "
                + "WHERE ma_xa = '00001' AND ky_bao_cao = DATE'2023-10-01'");
        assertEquals(1, current.size());
        assertEquals(6L, current.get(0).getLong(0));
        assertEquals(3, current.get(0).getInt(1));
        assertEquals(4L, sql("SELECT count(*) FROM commune_month_versions WHERE ma_xa = '00001' "
                + "AND ky_bao_cao = DATE'2023-10-01'").get(0).getLong(0) + 1,
                "5, 6 and 7 are three versions");
        assertEquals(1, sql("SELECT revision FROM commune_month WHERE ma_xa = '00004'").get(0).getInt(0));
    }

    @Test
    @Order(4)
    void aRunThatDiedMidwayIsUndoneByTheNextRunAndOtherCommitsStay() {
        long rows = sql("SELECT count(*) FROM commune_month").get(0).getLong(0);
        // Another program's commit (maintain's compaction): not ingest's to undo.
        DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(TableName.COMMUNE_MONTH)).optimize().executeCompaction();
        long compacted = warehouse.version(TableName.COMMUNE_MONTH);
        // What a run that died after its commune_month MERGE leaves: an ingest commit no ingest_log row accounts for.
        warehouse.read(TableName.COMMUNE_MONTH).limit(1)
                .withColumn(CommuneMonthSchema.REVISION, org.apache.spark.sql.functions.lit(99))
                .write().format("delta").mode("append").option("userMetadata", IngestTables.INGEST + "dead-run")
                .save(warehouse.pathOf(TableName.COMMUNE_MONTH));
        assertEquals(rows + 1, sql("SELECT count(*) FROM commune_month").get(0).getLong(0));

        IngestReport report = ingest("01/hanoi-2023-11.csv");
        assertEquals(Map.of(TableName.COMMUNE_MONTH, compacted), report.restored());
        assertEquals(rows, sql("SELECT count(*) FROM commune_month").get(0).getLong(0));
        assertTrue(sql("SELECT * FROM commune_month WHERE revision = 99").isEmpty());
        assertEquals(Map.of(), ingest("01/hanoi-2023-11.csv").restored(), "a restore is not undone again");
    }
}
