package vn.diemtua.ingest;

import org.apache.hadoop.fs.FileSystem;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.diemtua.testing.HostileFiles;
import vn.diemtua.testing.Measurements;
import vn.diemtua.testing.SparkTestSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One run over a folder of hostile files beside good ones: each hostile file is refused (or read
 * safely) with a clear reason, and the good files are ingested as if alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIngestTest {
    private static final String HEADER = "Mã xã,Tên xã,Kỳ báo cáo,Ngày gửi,Số vụ phạm tội phát hiện\n";
    private static final long GIGABYTE = 1L << 30;
    private TestWarehouse wh;
    private Path huge;
    private IngestReport report;
    private long bytesRead;

    @BeforeAll
    void ingestTheFolder() throws IOException {
        wh = new TestWarehouse("hostile");
        wh.write("01/good.csv", HEADER + "00001,Phường Phúc Xá,10/2023,05/11/2023,5\n00004,Phường Trúc Bạch,10/2023,05/11/2023,3\n");
        wh.write("01/bomb.xlsx", HostileFiles.zipBomb());
        wh.write("01/laughs.xlsx", HostileFiles.entityExpansion(workbook(false)));
        wh.write("01/formulas.xlsx", workbook(true));
        wh.write("01/photo.csv", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        wh.write("01/notes.xlsx", "Mã xã,Kỳ báo cáo\n6,10/2023\n");
        wh.write("01/injection.csv", HEADER
                + "00007,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"Cống Vị\"\")\",10/2023,05/11/2023,1\n"
                + "=1+1,@SUM(A1),10/2023,05/11/2023,+cmd|' /C calc'!A0\n");
        wh.write("01/control.csv", HEADER + "00008,Phường\u0000 Liễu\u0007 Giai,10/2023,05/11/2023,2\n");
        byte[] latin1 = (HEADER + "00009,Phường Ngọc Hà,10/2023,05/11/2023,1\n").getBytes(StandardCharsets.UTF_8);
        latin1[latin1.length - 20] = (byte) 0xE0;
        wh.write("01/latin1.csv", latin1);
        huge = wh.input.resolve("01/one_line_1GB.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // One line: a header start, then a gigabyte the file system stores sparse (never written).
            file.write("Mã xã,Tên xã,".getBytes(StandardCharsets.UTF_8));
            file.setLength(GIGABYTE);
        }
        Path secrets = Files.createDirectories(wh.input.getParent().resolve("secrets"));
        Files.writeString(secrets.resolve("passwords.csv"), HEADER + "00010,x,10/2023,05/11/2023,1\n");
        Files.createSymbolicLink(wh.input.resolve("01/out.csv"), secrets.resolve("passwords.csv"));
        Files.createSymbolicLink(wh.input.resolve("01/again.csv"), wh.input.resolve("01/good.csv"));

        long before = localBytesRead();
        report = wh.ingest();
        bytesRead = localBytesRead() - before;
    }

    @AfterAll
    void deleteTheGigabyte() throws IOException {
        Files.deleteIfExists(huge);
    }

    /** A workbook "Mã xã | Tên xã | Kỳ báo cáo | Số vụ phạm tội phát hiện" for unit 00006, with formulas if asked. */
    private static byte[] workbook(boolean formulas) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Xã");
            XSSFRow header = sheet.createRow(0);
            String[] headers = {"Mã xã", "Tên xã", "Kỳ báo cáo", "Số vụ phạm tội phát hiện"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            XSSFRow unit = sheet.createRow(1);
            unit.createCell(0).setCellValue(6);
            unit.createCell(1).setCellValue("=cmd|' /C calc'!A0");
            unit.createCell(2).setCellValue("10/2023");
            XSSFCell detected = unit.createCell(3);
            if (formulas) {
                detected.setCellFormula("2+2");
            }
            detected.setCellValue(7);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static long localBytesRead() {
        return FileSystem.getAllStatistics().stream().filter(s -> s.getScheme().equals("file"))
                .mapToLong(FileSystem.Statistics::getBytesRead).sum();
    }

    @Test
    void eachHostileFileIsRefusedWithItsReason() {
        Map<String, String> outcomes = new TreeMap<>();
        for (Row row : wh.sql("SELECT source_file, outcome, reason_code FROM ingest_log")) {
            String name = row.getString(0).substring(row.getString(0).lastIndexOf('/') + 1);
            outcomes.put(name, row.getString(1) + (row.isNullAt(2) ? "" : " " + row.getString(2)));
        }
        assertEquals(Map.ofEntries(
                Map.entry("good.csv", "ingested"),
                Map.entry("bomb.xlsx", "unreadable FILE_ZIP_BOMB"),
                Map.entry("laughs.xlsx", "unreadable FILE_UNREADABLE"),
                Map.entry("formulas.xlsx", "ingested"),
                Map.entry("photo.csv", "unreadable FILE_FORMAT_MISMATCH"),
                Map.entry("notes.xlsx", "unreadable FILE_FORMAT_MISMATCH"),
                Map.entry("injection.csv", "ingested"),
                Map.entry("control.csv", "ingested"),
                Map.entry("latin1.csv", "unreadable FILE_ENCODING"),
                Map.entry("one_line_1GB.csv", "unreadable FILE_TOO_LARGE"),
                Map.entry("out.csv", "unreadable FILE_LINK"),
                Map.entry("again.csv", "unreadable FILE_LINK")), outcomes);
        assertEquals(8, report.files(FileOutcome.UNREADABLE));
        String messages = String.join("\n", wh.lines("SELECT message_en FROM rejections WHERE row_number IS NULL"));
        assertTrue(messages.contains("File one_line_1GB.csv: larger than the limit of 67,108,864 bytes"), messages);
        assertTrue(messages.contains("/secrets/passwords.csv (a symbolic link, or a name holding ../)"), messages);
        assertTrue(messages.contains("File latin1.csv: line 2 holds bytes that are not UTF-8"), messages);
    }

    @Test
    void theGigabyteIsRefusedUnreadAndTheLinkedFileIsNeverOpened() {
        assertTrue(bytesRead < 64L * 1024 * 1024, "bytes read from local files during the run: " + bytesRead);
        new Measurements("hostile-input").add(String.format("| a folder of 12 hostile and good files, a 1 GiB one-line CSV "
                + "among them | 8 refused with their reasons, 4 ingested; %,d bytes read from local files in the whole run |",
                bytesRead));
        assertEquals(List.of(), wh.lines("SELECT ma_xa FROM submission_rows WHERE ma_xa = '00010'"));
        String mark = wh.sql("SELECT file_sha256 FROM ingest_log WHERE source_file LIKE '%one_line_1GB.csv'").get(0).getString(0);
        assertTrue(mark.startsWith("unread:"), mark);
    }

    @Test
    void theGoodRowsAreIngestedAsIfAlone() {
        assertEquals(List.of("[00001,5]", "[00004,3]", "[00006,7]", "[00007,1]", "[00008,2]"),
                wh.lines("SELECT ma_xa, toi_pham_phat_hien FROM commune_month ORDER BY ma_xa"),
                "the formula's cached 7, never 2+2");
    }

    @Test
    void textThatWouldRunAsAFormulaIsKeptAsText() {
        assertEquals(List.of("[=HYPERLINK(\"http://example.invalid\",\"Cống Vị\")]", "[=cmd|' /C calc'!A0]", "[@SUM(A1)]"),
                wh.lines("SELECT ten_xa FROM submission_rows WHERE row_kind = 'data' AND (ten_xa LIKE '=%' OR ten_xa LIKE '@%') "
                        + "ORDER BY ten_xa"));
        assertEquals(List.of("[=1+1,CODE_INVALID,+cmd|' /C calc'!A0]"),
                wh.lines("SELECT ma_xa, reason_code, toi_pham_phat_hien FROM rejections WHERE source_file LIKE '%injection.csv'"));
    }

    @Test
    void controlCharactersAreRemovedAndNoted() {
        assertEquals(List.of("[Phường Liễu Giai,CONTROL_CHARS_REMOVED]"),
                wh.lines("SELECT s.ten_xa, l.notes[0].code FROM submission_rows s JOIN ingest_log l USING (source_file) "
                        + "WHERE s.ma_xa = '00008'"));
    }
}
