package vn.diemtua.ingest.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.diemtua.model.SubmissionKey;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.diemtua.ingest.read.ReadSupport.fixture;
import static vn.diemtua.ingest.read.ReadSupport.kinds;
import static vn.diemtua.ingest.read.ReadSupport.read;
import static vn.diemtua.ingest.read.ReadSupport.row;
import static vn.diemtua.ingest.read.ReadSupport.rowNumbers;
import static vn.diemtua.ingest.read.RowKind.BANNER;
import static vn.diemtua.ingest.read.RowKind.BLANK;
import static vn.diemtua.ingest.read.RowKind.DATA;
import static vn.diemtua.ingest.read.RowKind.HEADER;
import static vn.diemtua.ingest.read.RowKind.SIGNATURE;
import static vn.diemtua.ingest.read.RowKind.TOTAL;

/**
 * The same workbook saved by LibreOffice as .xlsx and as .xls (see fixtures/README.md): both
 * must read identically, as a commune's file would.
 */
class WorkbookFixtureTest {

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void everySheetIsRead(String ext) throws Exception {
        FileResult file = read("province_workbook." + ext, fixture("province_workbook." + ext));
        assertEquals(ext, file.format());
        assertEquals(List.of("Huyện Phú Bình", "Đại Từ", "Hướng dẫn"), file.sheets().stream().map(SheetResult::sheet).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void headerBelowMergedBannersAndRowsAroundIt(String ext) throws Exception {
        SheetResult sheet = sheet(ext, 0);
        assertEquals(4, sheet.headerRow());
        assertNull(sheet.problem());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), rowNumbers(sheet));
        assertEquals(List.of(BANNER, BANNER, BLANK, HEADER, HEADER, DATA, DATA, TOTAL, BLANK, SIGNATURE, SIGNATURE, SIGNATURE),
                kinds(sheet));
        assertEquals("CÔNG AN TỈNH THÁI NGUYÊN", row(sheet, 1).rawCells().get(0));
        assertEquals(List.of("CÔNG AN TỈNH THÁI NGUYÊN"), row(sheet, 1).rawCells(), "a banner merged across stays one cell");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void typedCellsAsText(String ext) throws Exception {
        SheetResult sheet = sheet(ext, 0);
        SourceRow first = row(sheet, 6);
        assertEquals(new RawCell("97", CellKind.NUMBER), first.cells().get(SubmissionKey.MA_XA), "code stored as a number");
        assertEquals(new RawCell("2023-11-03", CellKind.DATE), first.cells().get(SubmissionKey.NGAY_GUI));
        assertEquals(RawCell.text("Đã đưa vào sử dụng"), first.cells().get(SubmissionKey.TRU_SO));
        assertEquals(List.of("1", "97", "Phường Phan Đình Phùng", "10/2023", "2023-11-03", "5", "3", "Đã đưa vào sử dụng",
                "Ghi chú 1"), first.rawCells(), "unknown columns (STT, Ghi chú) stay in the raw cells");
        SourceRow second = row(sheet, 7);
        assertEquals(RawCell.text("05440"), second.cells().get(SubmissionKey.MA_XA));
        assertEquals(RawCell.text("10/2023"), second.cells().get(SubmissionKey.KY_BAO_CAO), "month merged down reaches each row");
        assertEquals(new RawCell("2.5", CellKind.NUMBER), second.cells().get(SubmissionKey.TOI_PHAM_PHAT_HIEN));
        assertEquals(new RawCell("7.5", CellKind.NUMBER), row(sheet, 8).cells().get(SubmissionKey.TOI_PHAM_PHAT_HIEN),
                "a formula gives its cached value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void headersWithoutDiacriticsOrDecomposedAndAMonthInTheBanner(String ext) throws Exception {
        SheetResult sheet = sheet(ext, 1);
        assertEquals(3, sheet.headerRow());
        assertEquals(YearMonth.of(2023, 11), sheet.monthHint());
        assertEquals(List.of(BANNER, BANNER, HEADER, DATA, BLANK, DATA, TOTAL), kinds(sheet));
        SourceRow unit = row(sheet, 4);
        assertEquals(new RawCell("5443", CellKind.NUMBER), unit.cells().get(SubmissionKey.MA_XA));
        assertEquals(new RawCell("#DIV/0!", CellKind.ERROR), unit.cells().get(SubmissionKey.TOI_PHAM_LAM_RO));
        assertEquals(new RawCell("12", CellKind.NUMBER), unit.cells().get(SubmissionKey.CAN_BO_CHINH_QUY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void instructionsSheetIsAProblemWithItsRowsCounted(String ext) throws Exception {
        SheetResult sheet = sheet(ext, 2);
        assertEquals("SHEET_NO_HEADER", sheet.problem());
        assertEquals(List.of(BANNER, BANNER, BANNER), kinds(sheet));
        assertEquals("SHEET_NO_HEADER", sheet.notes().get(0).code());
    }

    private static SheetResult sheet(String ext, int index) throws UnreadableFileException {
        return read("province_workbook." + ext, fixture("province_workbook." + ext)).sheets().get(index);
    }
}
