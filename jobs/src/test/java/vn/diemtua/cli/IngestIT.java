package vn.diemtua.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.diemtua.testing.Cli;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest} end to end, through {@code scripts/diemtua} on the packaged jar: a folder of messy
 * files as communes send them, checked with SQL on the tables; then the same folder again, a
 * corrected file, and {@code --fail-on-reject}. The checks read the tables in this JVM, which
 * spares a JVM and Spark start each ({@code sql} itself runs end to end in GenerateIT).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestIT {
    /** One query for many facts: name and count per line. */
    private static final String FACTS = """
            SELECT 'current' AS fact, count(*) AS n FROM commune_month
            UNION ALL SELECT 'versions', count(*) FROM commune_month_versions
            UNION ALL SELECT 'rows', count(*) FROM submission_rows
            UNION ALL SELECT concat('outcome ', outcome, ' ', coalesce(skip_reason, '')), count(*) FROM submission_rows GROUP BY outcome, skip_reason
            UNION ALL SELECT concat('reason ', reason_code), count(*) FROM rejections GROUP BY reason_code
            UNION ALL SELECT concat('warning ', w), count(*) FROM commune_month LATERAL VIEW explode(warnings) t AS w GROUP BY w
            UNION ALL SELECT concat('unit ', ma_xa, ' ', cast(ky_bao_cao AS STRING), ' ', coalesce(cast(toi_pham_phat_hien AS STRING), '-'), ' rev ', cast(revision AS STRING)), 1 FROM commune_month
            UNION ALL SELECT concat('all reasons of ', ma_xa, ' ', cast(row_number AS STRING)), size(reasons) FROM rejections WHERE size(reasons) > 1
            """;
    private Path input;
    private String warehouse;

    @BeforeAll
    void files() throws IOException {
        Path root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "ingest-it");
        input = root.resolve("input");
        warehouse = root.resolve("warehouse").toString();
        String hanoi = "CÔNG AN THÀNH PHỐ HÀ NỘI,,,,,,,,,,\r\n"
                + "BÁO CÁO THÁNG 10/2023,,,,,,,,,,\r\n"
                + ",,,,,,,,,,\r\n"
                + "STT,Mã xã,Tên xã,Kỳ báo cáo,Ngày gửi,Số vụ phạm tội phát hiện,Số vụ phạm tội điều tra làm rõ,"
                + "\"Số tin báo, tố giác tiếp nhận\",\"Số tin báo, tố giác đã giải quyết\",Tình trạng trụ sở,Nhà ở tập thể / doanh trại\r\n"
                + "1,1,Phường Phúc Xá,10/2023,05/11/2023,\"1.234\",12,7,5,Đã đưa vào sử dụng,Có\r\n"
                + "2,4,Phường Trúc Bạch,Tháng 10/2023,05/11/2023,3,4,2,2,dang_xay_dung,không\r\n"
                + "3,6,Phường Vĩnh Phúc,2023-10,05/11/2023,,,,,chua_co,\r\n"
                + "Tổng cộng,,,,,\"1.237\",16,9,7,,\r\n"
                + ",,,,,,,,,,\r\n"
                + "Người lập biểu,,,,,,,TRƯỞNG CÔNG AN PHƯỜNG,,,\r\n";
        write("01/hanoi_2023-10.csv", "\uFEFF" + hanoi, StandardCharsets.UTF_8);
        write("copy/hanoi_2023-10 (1).csv", "\uFEFF" + hanoi, StandardCharsets.UTF_8);
        write("01/~$hanoi_2023-10.csv", "lock", StandardCharsets.UTF_8);
        write("01/.DS_Store", "junk", StandardCharsets.UTF_8);
        write("01/hanoi_2023-11_unicode.txt", "\uFEFFMã xã\tTên xã\tKỳ báo cáo\tNgày gửi\tSố vụ tai nạn giao thông\t"
                + "Số người chết do tai nạn giao thông\tTình trạng trụ sở\r\n"
                + "00007\tPhường Cống Vị\tT11/2023\t06/12/2023\t2\t1\tda_su_dung\r\n"
                + "00001\tPhường Phúc Xá\tT11/2023\t06/12/2023\t0\t0\tĐang xây dựng\r\n", StandardCharsets.UTF_16LE);
        write("79/hcm_2023-10.csv", "Mã xã;Tên xã;Kỳ báo cáo;\"Số vụ cháy, nổ\";Số cán bộ chính quy\n"
                + "26734;Phường Tân Định;10/2023;1;12\n"
                + "00001;Phường Phúc Xá;10/2023;0;9\n", StandardCharsets.UTF_8);
        write("misc/bad_rows.csv", "Mã xã,Tên xã,Kỳ báo cáo,Ngày gửi,Số vụ phạm tội phát hiện,Số vụ ma túy,"
                + "Tình trạng trụ sở,Nhà ở tập thể / doanh trại\n"
                + "99999,Xã Không Có,10/2023,,1,1,,\n"
                + "ABC12,Xã Sai Mã,10/2023,,1,1,,\n"
                + "26737,Phường Đa Kao,13/2023,,1,1,,\n"
                + "26737,Phường Đa Kao,12/2099,,1,1,,\n"
                + "26740,Phường Bến Nghé,10/2023,32/13/2023,1,1,,\n"
                + "26740,Phường Bến Nghé,11/2023,01/01/2099,1,1,,\n"
                + "26743,Phường Bến Thành,10/2023,,-5,1,,\n"
                + "26743,Phường Bến Thành,11/2023,,\"1,5\",1,,\n"
                + "26743,Phường Bến Thành,12/2023,,nhiều,1,,\n"
                + "26746,Phường Nguyễn Thái Bình,10/2023,,1,1,Tốt,\n"
                + "26746,Phường Nguyễn Thái Bình,11/2023,,1,1,,có lẽ\n"
                + "26746,Phường Nguyễn Thái Bình,12/2023,,-1,2.5,Tốt,có lẽ\n"
                + "26734,Phường Tân Định,11/2023,,4,1,,\n"
                + "26734,Phường Tân Định,11/2023,,5,1,,\n"
                + "26734,Phường Tân Định,12/2023,,4,1,,\n"
                + "26734,Phường Tân Định,12/2023,,4,1,,\n"
                + "23938,Xã Ia Mơ,08/2025,,0,0,,\n"
                + "26737,Phường Bến Thành,10/2023,,2,0,,\n"
                + "00004,Phường Trúc Bạch,06/2025,,0,0,da_su_dung,\n"
                + "00004,Phường Ba Đình,07/2025,,0,0,chua_co,\n", StandardCharsets.UTF_8);
        copyFixture("province_workbook.xlsx", "workbooks/province_workbook.xlsx");
        copyFixture("province_workbook.xls", "workbooks/old_excel/province_workbook.xls");
        write("workbooks/notes.pdf", "%PDF-1.4 not a spreadsheet", StandardCharsets.ISO_8859_1);
    }

    private void write(String name, String text, Charset charset) throws IOException {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(charset));
    }

    private void copyFixture(String fixture, String name) throws IOException {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        try (InputStream in = IngestIT.class.getResourceAsStream("/fixtures/" + fixture)) {
            Files.copy(in, file);
        }
    }

    private Cli.Result ingest(String... inputs) {
        String[] args = new String[inputs.length + 4];
        args[0] = "ingest";
        args[1] = "--warehouse";
        args[2] = warehouse;
        args[3] = "--input";
        System.arraycopy(inputs, 0, args, 4, inputs.length);
        return Cli.run(args);
    }

    private Map<String, Long> facts() {
        Warehouse tables = new Warehouse(SparkTestSession.get(), warehouse);
        tables.registerViews();
        Map<String, Long> facts = new TreeMap<>();
        tables.spark().sql(FACTS).collectAsList().forEach(row -> facts.put(row.getString(0), row.getLong(1)));
        return facts;
    }

    @Test
    @Order(1)
    void aFolderOfMessyFiles() {
        Cli.Result run = ingest(input.toString());
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("Tệp: 8 (đã nạp 6, trùng với tệp đã nạp 1, không đọc được 1)"), run::describe);
        assertTrue(run.out().contains("Files: 8 (ingested 6, duplicate of a file already ingested 1, unreadable 1)"), run::describe);
        assertTrue(run.err().contains("ingest: 8/8"), run::describe);
        Map<String, Long> facts = facts();
        System.out.println("facts after the first run: " + facts);
        Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
                // Hà Nội October (3 units), November (2); HCM 26734 October; misc: 26734 December,
                // 23737 (alias) 2025-08, 00004 twice, 26737 October (named Bến Thành); workbooks: 00097, 05446.
                Map.entry("current", 13L)));
        expected.forEach((k, v) -> assertEquals(v, facts.get(k), k + " in " + facts));
        assertEquals(1L, facts.get("unit 00001 2023-10-01 1234 rev 1"));
        assertEquals(1L, facts.get("unit 00006 2023-10-01 - rev 1"), "empty counts are not reported, never 0");
        assertEquals(1L, facts.get("unit 23737 2025-08-01 0 rev 1"), "the alias is stored under the official code");
        assertEquals(1L, facts.get("warning ALIAS_CODE"));
        assertEquals(1L, facts.get("warning SOLVED_GT_DETECTED"));
        assertEquals(1L, facts.get("warning HQ_STATUS_BACKWARDS"), "00001 in use in October, building in November; "
                + "00004 across 2025-07-01 is two units");
        assertEquals(3L, facts.get("warning NAME_MISMATCH"),
                "26737 named Bến Thành, and the workbook's 00097 and 05446, named after other units");
        for (String reason : new String[]{"CODE_UNKNOWN", "CODE_INVALID", "MONTH_UNPARSEABLE", "MONTH_FUTURE",
                "DATE_UNPARSEABLE", "DATE_FUTURE", "COUNT_NEGATIVE", "COUNT_FRACTIONAL", "COUNT_UNPARSEABLE", "HQ_STATUS_UNKNOWN",
                "FLAG_UNKNOWN", "OUTSIDE_PROVINCE", "FILE_TYPE_UNSUPPORTED"}) {
            assertTrue(facts.containsKey("reason " + reason), reason + " in " + facts);
        }
        assertEquals(2L, facts.get("reason DUPLICATE_CONFLICT"));
        assertEquals(2L, facts.get("reason CELL_FORMULA_ERROR"), "#DIV/0! in the xlsx and the xls");
        assertEquals(2L, facts.get("reason SHEET_NO_HEADER"), "the instructions sheet of each workbook");
        assertEquals(4L, facts.get("all reasons of 26746 13"), "every error of a row is kept");
        assertEquals(1L, facts.get("outcome skipped duplicate_row"));
    }

    @Test
    @Order(2)
    void theSameFolderAgainChangesNothing() {
        Map<String, Long> before = facts();
        Cli.Result run = ingest(input.toString());
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("Tệp: 8 (đã nạp 0, trùng với tệp đã nạp 8, không đọc được 0)"), run::describe);
        assertEquals(before, facts());
    }

    @Test
    @Order(3)
    void aCorrectedFileMakesARevision() throws IOException {
        write("01/hanoi_2023-10_resend.csv", "Mã xã,Kỳ báo cáo,Ngày gửi,Số vụ phạm tội phát hiện,Số vụ phạm tội điều tra làm rõ,"
                + "\"Số tin báo, tố giác tiếp nhận\",\"Số tin báo, tố giác đã giải quyết\",Tình trạng trụ sở,Nhà ở tập thể / doanh trại\n"
                + "00001,10/2023,15/11/2023,1240,12,7,5,da_su_dung,có\n"
                + "00004,10/2023,05/11/2023,3,4,2,2,Đang xây dựng,Không\n", StandardCharsets.UTF_8);
        Cli.Result run = ingest(input.resolve("01/hanoi_2023-10_resend.csv").toString());
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("New values (new revisions): 1; unchanged: 1"), run::describe);
        Map<String, Long> facts = facts();
        assertEquals(1L, facts.get("unit 00001 2023-10-01 1240 rev 2"), facts::toString);
        assertEquals(1L, facts.get("unit 00004 2023-10-01 3 rev 1"), "the same values again are no revision");
    }

    @Test
    @Order(4)
    void failOnRejectExitsWithThree() throws IOException {
        write("late/one_bad_row.csv", "Mã xã,Kỳ báo cáo,Số vụ cháy nổ\n00008,10/2023,-1\n", StandardCharsets.UTF_8);
        Cli.Result run = ingest(input.resolve("late").toString(), "--fail-on-reject");
        assertEquals(3, run.exitCode(), run::describe);
        assertTrue(run.out().contains("COUNT_NEGATIVE: 1"), run::describe);
    }
}
