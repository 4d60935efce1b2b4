package vn.diemtua.generate.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.diemtua.generate.draft.Cell;
import vn.diemtua.generate.draft.FileDraft;
import vn.diemtua.generate.draft.Grid;
import vn.diemtua.generate.draft.GridBuilder;
import vn.diemtua.generate.draft.RowRole;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * A workbook with one sheet per grid: styled banner, title and header, typed cells (numbers, date
 * cells, text), merged banner and totals cells. Written with SXSSF, which streams rows out instead of
 * building each sheet's XML tree (about twice as fast here); sheets of workbooks up to
 * {@link #IN_MEMORY_ROWS} rows are buffered in memory, larger ones in SXSSF's temporary files.
 */
public final class XlsxFileWriter {
    static final int IN_MEMORY_ROWS = 20_000;
    private static final int ROW_WINDOW = 200;
    private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

    static {
        // POI asks JAXP for a new TransformerFactory on every save, and JAXP scans every jar of the
        // (Spark-sized) class path for one each time. Naming the JDK's own factory, which that scan
        // finds anyway (no jar here provides another), skips the scan. Left alone if already set.
        if (System.getProperty(TRANSFORMER_FACTORY) == null) {
            System.setProperty(TRANSFORMER_FACTORY, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

    private XlsxFileWriter() {
    }

    public static byte[] write(FileDraft file) {
        List<Grid> grids = GridBuilder.sheets(file);
        int rows = grids.stream().mapToInt(g -> g.rows().size()).sum();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32_768);
        XSSFWorkbook base = new XSSFWorkbook();
        // The creation date is the signing date, not the clock: the same seed gives the same content.
        Date signed = Date.from(file.signedOn().atStartOfDay().toInstant(ZoneOffset.UTC));
        base.getProperties().getCoreProperties().setCreated(Optional.of(signed));
        base.getProperties().getCoreProperties().setCreator(file.origin().provinceName());
        SXSSFWorkbook workbook = rows > IN_MEMORY_ROWS ? new SXSSFWorkbook(base, ROW_WINDOW) : inMemory(base);
        try {
            Styles styles = new Styles(workbook);
            for (Grid grid : grids) {
                writeSheet(workbook, grid, styles);
            }
            workbook.writeAvoidingTempFiles(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write workbook " + file.path(), e);
        } finally {
            // Not close(): a new workbook's package would serialise itself once more on closing.
            workbook.dispose();
            base.getPackage().revert();
        }
        return bytes.toByteArray();
    }

    private static SXSSFWorkbook inMemory(XSSFWorkbook base) {
        return new SXSSFWorkbook(base, ROW_WINDOW) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new InMemorySheetDataWriter();
            }
        };
    }

    private static void writeSheet(Workbook workbook, Grid grid, Styles styles) {
        Sheet sheet = workbook.createSheet(grid.sheetName());
        // A default width only: with column definitions, SXSSF looks up a column style for every cell.
        sheet.setDefaultColumnWidth(14);
        for (int r = 0; r < grid.rows().size(); r++) {
            Grid.Row gridRow = grid.rows().get(r);
            Row row = sheet.createRow(r);
            if (gridRow.role() == RowRole.HEADER) {
                row.setHeightInPoints(48);
            }
            for (int c = 0; c < gridRow.cells().size(); c++) {
                Cell cell = gridRow.cells().get(c);
                if (!cell.isEmpty()) {
                    write(row.createCell(c), cell, gridRow.role(), styles);
                }
            }
        }
        for (Grid.Merge merge : grid.merges()) {
            if (merge.lastColumn() > merge.firstColumn()) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(merge.row(), merge.row(), merge.firstColumn(),
                        merge.lastColumn()));
            }
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Cell target, Cell cell, RowRole role, Styles styles) {
        switch (cell.type()) {
            case NUMBER -> target.setCellValue(Double.parseDouble(cell.text()));
            case DATE, MONTH -> target.setCellValue(LocalDate.parse(cell.text()));
            default -> target.setCellValue(cell.text());
        }
        CellStyle style = switch (cell.type()) {
            case DATE -> styles.date;
            case MONTH -> styles.month;
            default -> switch (role) {
                case BANNER -> styles.banner;
                case TITLE -> styles.title;
                case HEADER -> styles.header;
                case TOTAL -> styles.total;
                default -> styles.plain;
            };
        };
        // Always set: a cell without a style makes SXSSF look up its column's style when writing.
        target.setCellStyle(style);
    }

    /** The few styles a workbook needs, made once per workbook. */
    private static final class Styles {
        final CellStyle banner;
        final CellStyle title;
        final CellStyle header;
        final CellStyle total;
        final CellStyle date;
        final CellStyle month;
        final CellStyle plain;

        Styles(Workbook workbook) {
            plain = workbook.getCellStyleAt(0);
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            banner = workbook.createCellStyle();
            banner.setFont(bold);
            banner.setAlignment(HorizontalAlignment.CENTER);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setBorderBottom(BorderStyle.THIN);
            header.setBorderTop(BorderStyle.THIN);
            header.setBorderLeft(BorderStyle.THIN);
            header.setBorderRight(BorderStyle.THIN);
            total = workbook.createCellStyle();
            total.setFont(bold);
            DataFormat formats = workbook.createDataFormat();
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            month = workbook.createCellStyle();
            month.setDataFormat(formats.getFormat("mm/yyyy"));
        }
    }
}
