package vn.diemtua.ingest.read;

import org.junit.jupiter.api.Test;
import vn.diemtua.model.SubmissionKey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.diemtua.ingest.read.ReadSupport.csv;
import static vn.diemtua.ingest.read.ReadSupport.kinds;
import static vn.diemtua.ingest.read.ReadSupport.read;
import static vn.diemtua.ingest.read.ReadSupport.rejected;
import static vn.diemtua.ingest.read.ReadSupport.row;
import static vn.diemtua.ingest.read.ReadSupport.rowNumbers;
import static vn.diemtua.ingest.read.RowKind.BANNER;
import static vn.diemtua.ingest.read.RowKind.BLANK;
import static vn.diemtua.ingest.read.RowKind.DATA;
import static vn.diemtua.ingest.read.RowKind.HEADER;
import static vn.diemtua.ingest.read.RowKind.SIGNATURE;
import static vn.diemtua.ingest.read.RowKind.TOTAL;

class CsvReadingTest {
    /** A district's report as a commune sends it: banners, a blank line, totals and signatures. */
    private static final String REPORT = """
            CÔNG AN TỈNH BẮC NINH
            BÁO CÁO THÁNG 10/2023

            Mã xã,Tên xã,Kỳ báo cáo,Số vụ phạm tội phát hiện,"Số vụ cháy, nổ",Ghi chú
            9247,Phường Vũ Ninh,10/2023,3,0,
            ,,,,,
            9250,Phường Đáp Cầu,10/2023,"1,234",1,"mới, bổ sung"
            Tổng cộng,,,1237,1
            Người lập biểu,,,TRƯỞNG CÔNG AN
            Nguyễn Văn A,,,Trần Thị B
            """;

    @Test
    void classifiesEveryRowAndNumbersThemAsASpreadsheetWould() throws Exception {
        SheetResult sheet = csv(REPORT);
        assertEquals("bao_cao.csv", sheet.sheet());
        assertEquals(4, sheet.headerRow());
        assertNull(sheet.problem());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), rowNumbers(sheet));
        assertEquals(List.of(BANNER, BANNER, BLANK, HEADER, DATA, BLANK, DATA, TOTAL, SIGNATURE, SIGNATURE), kinds(sheet));
        SourceRow unit = row(sheet, 7);
        assertEquals(Map.of(SubmissionKey.MA_XA, RawCell.text("9250"), SubmissionKey.TEN_XA, RawCell.text("Phường Đáp Cầu"),
                SubmissionKey.KY_BAO_CAO, RawCell.text("10/2023"), SubmissionKey.TOI_PHAM_PHAT_HIEN, RawCell.text("1,234"),
                SubmissionKey.CHAY_NO_VU, RawCell.text("1")), unit.cells());
        assertEquals(List.of("9250", "Phường Đáp Cầu", "10/2023", "1,234", "1", "mới, bổ sung"), unit.rawCells());
        assertEquals(Map.of(), row(sheet, 1).cells());
        assertNull(sheet.monthHint(), "the month column is there: no hint");
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        SheetResult sheet = read("a.csv", concat(bom, REPORT.getBytes(StandardCharsets.UTF_8))).sheets().get(0);
        assertEquals("CÔNG AN TỈNH BẮC NINH", sheet.rows().get(0).rawCells().get(0));
        assertEquals(4, sheet.headerRow());
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() throws Exception {
        String tabs = "BÁO CÁO THÁNG 10/2023\r\nMã xã\tTên xã\tSố vụ cháy, nổ\r\n9247\tPhường Vũ Ninh\t2\r\n";
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, tabs.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, tabs.getBytes(StandardCharsets.UTF_16BE));
        for (byte[] bytes : List.of(le, be, tabs.getBytes(StandardCharsets.UTF_16LE))) {
            FileResult file = read("unicode.txt", bytes);
            assertEquals("csv", file.format());
            SheetResult sheet = file.sheets().get(0);
            assertEquals(List.of(BANNER, HEADER, DATA), kinds(sheet));
            assertEquals(RawCell.text("2"), row(sheet, 3).cells().get(SubmissionKey.CHAY_NO_VU));
            assertEquals(YearMonth.of(2023, 10), sheet.monthHint());
        }
    }

    /** LibreOffice's exports of the fixture workbook's first sheet (see fixtures/README.md). */
    @Test
    void libreOfficeExports() throws Exception {
        for (String name : List.of("phu_binh_semicolon.csv", "phu_binh_unicode.txt")) {
            SheetResult sheet = read(name, ReadSupport.fixture(name)).sheets().get(0);
            assertEquals(name, sheet.sheet());
            assertEquals(4, sheet.headerRow(), name);
            assertEquals(List.of(BANNER, BANNER, BLANK, HEADER, HEADER, DATA, DATA, TOTAL, BLANK, SIGNATURE, SIGNATURE, SIGNATURE),
                    kinds(sheet), name);
            assertEquals(RawCell.text("00097"), row(sheet, 6).cells().get(SubmissionKey.MA_XA), name);
            assertEquals(RawCell.text("03/11/2023"), row(sheet, 6).cells().get(SubmissionKey.NGAY_GUI), name);
            assertEquals(RawCell.text("2.5"), row(sheet, 7).cells().get(SubmissionKey.TOI_PHAM_PHAT_HIEN), name);
        }
    }

    @Test
    void semicolonSeparatorIsDetectedEvenWithCommasInHeaders() throws Exception {
        SheetResult sheet = csv("Mã xã;Tên xã;Số vụ cháy, nổ;Số đối tượng bắt giữ, xử lý\n9247;Phường Vũ Ninh;1,5;2\n");
        assertEquals(RawCell.text("1,5"), row(sheet, 2).cells().get(SubmissionKey.CHAY_NO_VU));
        assertEquals(RawCell.text("2"), row(sheet, 2).cells().get(SubmissionKey.DOI_TUONG_XU_LY));
    }

    @Test
    void excelSepLineChoosesTheSeparator() throws Exception {
        SheetResult sheet = csv("sep=;\nMa xa;Ten xa\n9247;Vu Ninh\n");
        assertEquals(List.of(BANNER, HEADER, DATA), kinds(sheet));
        assertEquals(RawCell.text("Vu Ninh"), row(sheet, 3).cells().get(SubmissionKey.TEN_XA));
    }

    @Test
    void quotedLineBreakInAHeaderIsOneRow() throws Exception {
        SheetResult sheet = csv("\"Mã\nxã\",\"Tên\r\nxã\"\n9247,Vũ Ninh\n");
        assertEquals(List.of(1, 2), rowNumbers(sheet));
        assertEquals(RawCell.text("9247"), row(sheet, 2).cells().get(SubmissionKey.MA_XA));
    }

    @Test
    void bannerMonthIsAHintWhenThereIsNoMonthColumn() throws Exception {
        SheetResult sheet = csv("BÁO CÁO THÁNG 10 NĂM 2023\nMã xã,Tên xã\n9247,Vũ Ninh\n");
        assertEquals(YearMonth.of(2023, 10), sheet.monthHint());
    }

    @Test
    void rowsThatCouldBeUnitsAreNeverSkipped() throws Exception {
        SheetResult sheet = csv("""
                Mã xã,Tên xã,Số vụ ma túy
                ,Xã Cộng Hòa,1
                abc,xyz,
                9247,Cộng Hòa,2
                Cộng,,3
                Người lập biểu,,
                Nguyễn Văn A,,
                9250,Xã sau chữ ký,4
                """);
        assertEquals(List.of(HEADER, DATA, DATA, DATA, TOTAL, SIGNATURE, SIGNATURE, DATA), kinds(sheet));
    }

    @Test
    void totalWordLeftOfTheCountsEvenWithACode() throws Exception {
        SheetResult sheet = csv("Mã xã,Tên xã,Số vụ ma túy,Ghi chú\n9247,Tổng số,3,\n9250,Vũ Ninh,1,Tổng hợp từ 3 tổ\n");
        assertEquals(List.of(HEADER, TOTAL, DATA), kinds(sheet));
    }

    @Test
    void repeatedHeaderAndColumnNumbersAreHeaderRows() throws Exception {
        SheetResult sheet = csv("Mã xã,Tên xã,Số vụ ma túy\n(1),(2),(3)\n9247,Vũ Ninh,1\nMã xã,Tên xã,Số vụ ma túy\n9250,Đáp Cầu,2\n");
        assertEquals(List.of(HEADER, HEADER, DATA, HEADER, DATA), kinds(sheet));
        assertEquals(1, sheet.headerRow());
    }

    @Test
    void headerWithMostKeysWinsOverABannerNamingTwo() throws Exception {
        SheetResult sheet = csv("Mã xã,Tên xã\n\nMã xã,Tên xã,Kỳ báo cáo,Số vụ ma túy\n9247,Vũ Ninh,10/2023,1\n");
        assertEquals(3, sheet.headerRow());
        assertEquals(List.of(BANNER, BLANK, HEADER, DATA), kinds(sheet));
    }

    @Test
    void noHeaderIsASheetProblemWithRowsKept() throws Exception {
        SheetResult sheet = csv("Danh sách\nXã A,1\n\nXã B,2\n");
        assertEquals("SHEET_NO_HEADER", sheet.problem());
        assertNull(sheet.headerRow());
        assertEquals(List.of(BANNER, BANNER, BLANK, BANNER), kinds(sheet));
        assertTrue(sheet.notes().get(0).messageVi().contains("bao_cao.csv"));
    }

    @Test
    void duplicateColumnIsASheetProblemAndNoRowIsData() throws Exception {
        SheetResult sheet = csv("Mã xã,Tên xã,Ma xa\n9247,Vũ Ninh,9250\n");
        assertEquals("SHEET_DUPLICATE_COLUMN", sheet.problem());
        assertEquals(List.of(HEADER, BANNER), kinds(sheet));
        assertTrue(sheet.notes().get(0).messageEn().contains("columns A, C"), sheet.notes().get(0).messageEn());
    }

    @Test
    void controlCharactersAreRemovedAndNoted() throws Exception {
        SheetResult sheet = csv("Mã xã,Tên xã\n9247,Vũ\u0000 Ninh\u0007\n9250,\"Đáp\tCầu\"\n");
        assertEquals(RawCell.text("Vũ Ninh"), row(sheet, 2).cells().get(SubmissionKey.TEN_XA));
        assertEquals(RawCell.text("Đáp\tCầu"), row(sheet, 3).cells().get(SubmissionKey.TEN_XA));
        ReadNote note = sheet.notes().get(0);
        assertEquals("CONTROL_CHARS_REMOVED", note.code());
        assertEquals(2, note.rowNumber());
        assertNull(sheet.problem());
    }

    @Test
    void trailingBlankLinesAreNotRows() throws Exception {
        assertEquals(List.of(HEADER, DATA), kinds(csv("Mã xã,Tên xã\n9247,Vũ Ninh\n\n\n,,\n")));
    }

    @Test
    void invalidUtf8IsAnEncodingErrorNamingTheLine() {
        byte[] bytes = concat("Mã xã,Tên xã\n9247,".getBytes(StandardCharsets.UTF_8),
                "Xã A\n".getBytes(StandardCharsets.ISO_8859_1));
        UnreadableFileException e = rejected("FILE_ENCODING", "tcvn.csv", bytes);
        assertTrue(e.messageEn().contains("tcvn.csv") && e.messageEn().contains("line 2"), e.messageEn());
        assertTrue(e.messageVi().contains("dòng 2"), e.messageVi());
    }

    @Test
    void invalidUtf8FarIntoTheFileIsAlsoFound() {
        StringBuilder text = new StringBuilder("Mã xã,Tên xã\n");
        for (int i = 0; i < 5000; i++) {
            text.append(10000 + i).append(",Xã số ").append(i).append('\n');
        }
        byte[] bytes = concat(text.toString().getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3, 0x28, '\n'});
        UnreadableFileException e = rejected("FILE_ENCODING", "late.csv", bytes);
        assertTrue(e.messageEn().contains("line 5002"), e.messageEn());
    }

    @Test
    void limitsRejectTheWholeFileAndAreExact() throws Exception {
        ReadSupport.limitsAreExact("a.csv", REPORT.getBytes(StandardCharsets.UTF_8), 10, 24, "row 4, column D");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
