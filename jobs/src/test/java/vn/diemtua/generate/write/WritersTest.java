package vn.diemtua.generate.write;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.diemtua.generate.InjectionFixtures;
import vn.diemtua.generate.draft.CsvEncoding;
import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.FileDraft;
import vn.diemtua.generate.draft.FileFormat;
import vn.diemtua.generate.draft.FilePlacement;
import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.draft.ProvinceMonth;
import vn.diemtua.model.SubmissionKey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Written files read back: headers are the template's, banner above, totals and signature below. */
class WritersTest {
    private static final YearMonth MONTH = YearMonth.of(2023, 10);
    private static final List<String> TEMPLATE = Arrays.stream(SubmissionKey.values()).map(SubmissionKey::templateHeader).toList();

    private static FileDraft file(FileFormat format, CsvEncoding encoding) {
        ProvinceMonth batch = InjectionFixtures.batch(MONTH, "95");
        return FilePlacement.place(batch, Layout.PROVINCE_MONTH, format, encoding).get(0);
    }

    @Test
    void csvInEveryEncodingHasTheTemplateHeaderBetweenBannerAndTotals() throws IOException {
        for (CsvEncoding encoding : CsvEncoding.values()) {
            FileDraft file = file(FileFormat.CSV, encoding);
            byte[] bytes = CsvFileWriter.write(file);
            String text = switch (encoding) {
                case UTF8 -> {
                    assertTrue(bytes[0] != (byte) 0xEF);
                    yield new String(bytes, StandardCharsets.UTF_8);
                }
                case UTF8_BOM -> {
                    assertEquals((byte) 0xEF, bytes[0]);
                    yield new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
                }
                case UTF16_TAB -> {
                    assertEquals((byte) 0xFF, bytes[0]);
                    assertEquals((byte) 0xFE, bytes[1]);
                    yield new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
                }
            };
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(encoding.defaultDelimiter()).get()
                    .parse(new StringReader(text)).getRecords();
            int header = -1;
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).toList().equals(TEMPLATE)) {
                    header = i;
                }
            }
            assertTrue(header > 0, encoding + ": template header row found below the banner");
            assertEquals("CÔNG AN TỈNH BẠC LIÊU", records.get(0).get(0));
            assertTrue(records.subList(0, header).stream().anyMatch(r -> r.get(0).equals("BÁO CÁO THÁNG 10/2023")));
            List<String> codes = new ArrayList<>();
            int totals = -1;
            int signature = -1;
            for (int i = header + 1; i < records.size(); i++) {
                String first = records.get(i).get(0);
                if (first.matches("\\d{5}")) {
                    codes.add(first);
                } else if (first.equals("Tổng cộng")) {
                    totals = i;
                } else if (records.get(i).size() > 1 && records.get(i).get(1).equals("Người lập biểu")) {
                    signature = i;
                }
            }
            assertEquals(file.rows().stream().map(DataRow::code).toList(), codes);
            assertTrue(totals > header && signature > totals, encoding + ": totals then signature");
            assertTrue(records.stream().allMatch(r -> r.size() == TEMPLATE.size()), "rows padded to the table's width");
        }
    }

    @Test
    void csvBytesDoNotQuoteEmptyCells() {
        String text = new String(CsvFileWriter.write(file(FileFormat.CSV, CsvEncoding.UTF8)), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n,,,"), "a blank row is commas only, as Excel writes it");
        assertTrue(!text.contains("\"\""));
    }

    @Test
    void aWorkbookHasASheetPerDistrictWithTypedCells() throws IOException {
        FileDraft file = file(FileFormat.XLSX, CsvEncoding.UTF8);
        byte[] bytes = XlsxFileWriter.write(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(7, workbook.getNumberOfSheets(), "Bạc Liêu had 7 districts");
            int dataRows = 0;
            for (Sheet sheet : workbook) {
                int header = -1;
                for (Row row : sheet) {
                    List<String> texts = new ArrayList<>();
                    row.forEach(c -> texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "?"));
                    if (texts.equals(TEMPLATE)) {
                        header = row.getRowNum();
                    } else if (header >= 0 && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                            && row.getCell(0).getStringCellValue().matches("\\d{5}")) {
                        dataRows++;
                        assertEquals(CellType.NUMERIC, row.getCell(SubmissionKey.TOI_PHAM_PHAT_HIEN.ordinal()).getCellType());
                        assertTrue(DateUtil.isCellDateFormatted(row.getCell(SubmissionKey.NGAY_GUI.ordinal())));
                        assertEquals("10/2023", row.getCell(SubmissionKey.KY_BAO_CAO.ordinal()).getStringCellValue());
                    }
                }
                assertTrue(header > 0, sheet.getSheetName() + ": header below the banner");
                assertTrue(sheet.getNumMergedRegions() > 0);
                boolean subtotal = false;
                boolean signature = false;
                for (Row row : sheet) {
                    subtotal |= row.getCell(0) != null && "Cộng".equals(row.getCell(0).getStringCellValue());
                    signature |= subtotal && row.getCell(1) != null && "Người lập biểu".equals(row.getCell(1).getStringCellValue());
                }
                assertTrue(subtotal && signature, sheet.getSheetName() + ": district total, then the signature");
            }
            assertEquals(file.rows().size(), dataRows);
        }
    }
}
