package vn.diemtua.ingest.read;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.testing.HostileFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.diemtua.ingest.read.ReadSupport.bytes;
import static vn.diemtua.ingest.read.ReadSupport.fixture;
import static vn.diemtua.ingest.read.ReadSupport.read;
import static vn.diemtua.ingest.read.ReadSupport.rejected;
import static vn.diemtua.ingest.read.ReadSupport.row;

/** Files that are not what they claim, over a limit, or hostile: each rejected whole with its reason. */
class WorkbookSafetyTest {

    @Test
    void contentMustMatchTheExtension() {
        byte[] xlsx = fixture("province_workbook.xlsx");
        byte[] xls = fixture("province_workbook.xls");
        UnreadableFileException e = rejected("FILE_FORMAT_MISMATCH", "renamed.xls", xlsx);
        assertTrue(e.messageEn().contains("renamed.xls") && e.messageEn().contains("zip (.xlsx)"), e.messageEn());
        rejected("FILE_FORMAT_MISMATCH", "renamed.xlsx", xls);
        rejected("FILE_FORMAT_MISMATCH", "renamed.csv", xlsx);
        rejected("FILE_FORMAT_MISMATCH", "html.xls", "<html><table><tr><td>Mã xã</td></tr></table></html>".getBytes(StandardCharsets.UTF_8));
        rejected("FILE_FORMAT_MISMATCH", "scan.csv", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void otherFilesAndEmptyFilesAreRejected() {
        rejected("FILE_TYPE_UNSUPPORTED", "bao_cao.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));
        rejected("FILE_TYPE_UNSUPPORTED", "bao_cao.ods", fixture("province_workbook.xlsx"));
        rejected("FILE_EMPTY", "empty.xlsx", new byte[0]);
        rejected("FILE_UNREADABLE", "plain_zip.xlsx", HostileFiles.zip(List.of(new HostileFiles.Entry("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))));
        rejected("FILE_UNREADABLE", "truncated.xls", java.util.Arrays.copyOf(fixture("province_workbook.xls"), 600));
    }

    @Test
    void zipBombIsRejectedNotExpanded() {
        byte[] bomb = HostileFiles.zipBomb();
        assertTrue(bomb.length < 200_000, "the bomb itself is small: " + bomb.length);
        rejected("FILE_ZIP_BOMB", "bomb.xlsx", bomb);
    }

    @Test
    void xmlEntityExpansionFailsCleanly() {
        byte[] hostile = HostileFiles.entityExpansion(bytes(unitWorkbook(1)));
        UnreadableFileException e = rejected("FILE_UNREADABLE", "laughs.xlsx", hostile);
        assertTrue(e.messageEn().contains("DOCTYPE is disallowed"), e.messageEn());
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("secret", ".txt");
        java.nio.file.Files.writeString(secret, "mat-khau-bi-mat");
        try {
            byte[] hostile = HostileFiles.externalEntity(bytes(unitWorkbook(1)), secret.toUri().toString());
            UnreadableFileException e = rejected("FILE_UNREADABLE", "xxe.xlsx", hostile);
            assertTrue(e.messageEn().contains("DOCTYPE is disallowed") && !e.messageEn().contains("mat-khau"), e.messageEn());
        } finally {
            java.nio.file.Files.delete(secret);
        }
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        byte[] plain = bytes(unitWorkbook(1));
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            rejected("FILE_ENCRYPTED", "locked.xlsx", out.toByteArray());
        }
    }

    @Test
    void limitsRejectTheWholeFileAndAreExact() throws Exception {
        ReadSupport.limitsAreExact("three.xlsx", bytes(unitWorkbook(3)), 6, 6, "sheet Huyện 1, row 1, column B");
    }

    @Test
    void cellLimitMessageInVietnamese() {
        UnreadableFileException e = rejected("CELL_TOO_LONG", "three.xlsx", bytes(unitWorkbook(1)), new ReadLimits(1 << 20, 1000, 5, 10));
        assertTrue(e.messageVi().contains("trang Huyện 1, dòng 1, cột B"), e.messageVi());
    }

    @Test
    void hiddenSheetIsListedNotRead() throws Exception {
        Workbook workbook = unitWorkbook(2);
        workbook.setSheetHidden(1, true);
        FileResult file = read("hidden.xlsx", bytes(workbook));
        assertEquals("SHEET_HIDDEN", file.sheets().get(1).problem());
        assertEquals(List.of(), file.sheets().get(1).rows());
        assertEquals(null, file.sheets().get(0).problem());
    }

    @Test
    void booleansAndTextCodesFromExcelStyleCells() throws Exception {
        Workbook workbook = unitWorkbook(1);
        Row unit = workbook.getSheetAt(0).getRow(1);
        unit.createCell(2).setCellValue(true);
        workbook.getSheetAt(0).getRow(0).createCell(2).setCellValue("Doanh trại");
        SheetResult sheet = read("flags.xlsx", bytes(workbook)).sheets().get(0);
        assertEquals(new RawCell("TRUE", CellKind.BOOLEAN), row(sheet, 2).cells().get(SubmissionKey.NHA_O_DOANH_TRAI));
    }

    @Test
    void theCallersStreamIsNotClosed() throws Exception {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(bytes(unitWorkbook(1))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new SubmissionReader(ReadLimits.DEFAULTS).read("a.xlsx", in);
        assertTrue(!closed[0]);
    }

    /** A workbook of {@code sheets} sheets, each a header "Mã xã | Tên xã" and one unit. */
    private static Workbook unitWorkbook(int sheets) {
        Workbook workbook = new XSSFWorkbook();
        for (int i = 1; i <= sheets; i++) {
            Sheet sheet = workbook.createSheet("Huyện " + i);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã xã");
            header.createCell(1).setCellValue("Tên xã");
            Row unit = sheet.createRow(1);
            unit.createCell(0).setCellValue(97 + i);
            unit.createCell(1).setCellValue("Xã " + i);
        }
        return workbook;
    }
}
