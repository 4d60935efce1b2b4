package vn.diemtua.ingest.read;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.diemtua.ingest.read.ReadSupport.bytes;
import static vn.diemtua.ingest.read.ReadSupport.fixture;

/**
 * The streamed .xlsx path gives exactly the rows POI's workbook model gives (the way .xls is
 * still read): the LibreOffice fixture, and a workbook of every kind of cell.
 */
class XlsxStreamingTest {
    /** Every sheet of an .xlsx through POI's model and {@link WorkbookSheetReader}. */
    static List<RawSheet> throughTheModel(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<RawSheet> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(new WorkbookSheetReader("f.xlsx", ReadLimits.DEFAULTS)
                        .read(workbook.getSheetAt(i), new RowBudget("f.xlsx", Integer.MAX_VALUE)));
            }
            return sheets;
        }
    }

    /** Every sheet of an .xlsx through {@link XlsxSheetReader}. */
    static List<RawSheet> streamed(byte[] xlsx) throws Exception {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XlsxWorkbookInfo info = XlsxWorkbookInfo.parse(reader.getWorkbookData());
            XlsxSheetReader sheets = new XlsxSheetReader("f.xlsx", ReadLimits.DEFAULTS,
                    new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(), info.date1904());
            List<RawSheet> out = new ArrayList<>();
            for (XlsxWorkbookInfo.Sheet sheet : info.sheets()) {
                out.add(sheets.read(sheet.name(), () -> {
                    try {
                        return reader.getSheet(sheet.relationId());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, new RowBudget("f.xlsx", Integer.MAX_VALUE)));
            }
            return out;
        } finally {
            pkg.revert();
        }
    }

    @Test
    void theLibreOfficeFixtureReadsAsThroughTheModel() throws Exception {
        byte[] xlsx = fixture("province_workbook.xlsx");
        assertEquals(throughTheModel(xlsx), streamed(xlsx));
    }

    @Test
    void everyKindOfCellReadsAsThroughTheModel() throws Exception {
        for (boolean date1904 : new boolean[]{false, true}) {
            byte[] xlsx = everyKindOfCell(date1904);
            List<RawSheet> streamed = streamed(xlsx);
            assertEquals(throughTheModel(xlsx), streamed);
            assertEquals(new RawCell("2023-11-05", CellKind.DATE), streamed.get(0).rows().get(1).cells().get(2),
                    "1904 dates too: " + date1904);
        }
    }

    private static byte[] everyKindOfCell(boolean date1904) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        var properties = workbook.getCTWorkbook();
        (properties.isSetWorkbookPr() ? properties.getWorkbookPr() : properties.addNewWorkbookPr()).setDate1904(date1904);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        XSSFSheet sheet = workbook.createSheet("Xã");
        XSSFRow header = sheet.createRow(0);
        header.createCell(0).setCellValue("Mã xã\u0007");
        header.createCell(1).setCellValue("Kỳ báo cáo");
        XSSFRow first = sheet.createRow(1);
        first.createCell(0).setCellValue(97);
        first.createCell(1).setCellValue("10/2023");
        XSSFCell sent = first.createCell(2);
        sent.setCellValue(LocalDate.of(2023, 11, 5));
        sent.setCellStyle(date);
        first.createCell(3).setCellValue(true);
        first.createCell(4).setCellValue(0.1 + 0.2);
        first.createCell(5).setCellValue(1e15);
        XSSFCell error = first.createCell(6);
        error.setCellFormula("1/0");
        error.setCellErrorValue(FormulaError.DIV0);
        XSSFCell text = first.createCell(7);
        text.setCellFormula("\"a\"&\"b\"");
        text.setCellValue("ab");
        first.createCell(9).setCellValue("   ");
        // A month merged down two rows, and a row not stored between two that are.
        sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
        sheet.createRow(2).createCell(0).setCellValue(98);
        sheet.createRow(5).createCell(0).setCellValue("Tổng cộng");
        workbook.createSheet("Trống");
        XSSFSheet hidden = workbook.createSheet("Danh mục");
        hidden.createRow(0).createCell(0).setCellValue("da_su_dung");
        return bytes(workbook);
    }
}
