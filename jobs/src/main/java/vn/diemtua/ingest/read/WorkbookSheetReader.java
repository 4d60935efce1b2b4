package vn.diemtua.ingest.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of one workbook sheet (xlsx or xls alike, through POI's common model). A range
 * merged down a column gives its value to each of its rows, so a month or district merged down
 * reaches every unit; a banner merged across the page stays one cell.
 */
final class WorkbookSheetReader {
    private final String fileName;
    private final ReadLimits limits;

    WorkbookSheetReader(String fileName, ReadLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    RawSheet read(Sheet sheet, RowBudget budget) throws UnreadableFileException {
        String name = sheet.getSheetName();
        CellCleaner cleaner = new CellCleaner(fileName, name, limits.maxCellChars());
        Map<Integer, List<CellRangeAddress>> merged = mergedByRow(sheet);
        RowCollector rows = new RowCollector(name, budget);
        int expected = 1;
        for (Row row : sheet) {
            int rowNumber = row.getRowNum() + 1;
            // Rows a workbook does not store are empty rows on screen: blank, as in a CSV.
            for (; expected < rowNumber; expected++) {
                rows.add(expected, List.of());
            }
            expected = rowNumber + 1;
            List<CellRangeAddress> ranges = merged.getOrDefault(row.getRowNum(), List.of());
            int width = Math.max(row.getLastCellNum(), ranges.stream().mapToInt(r -> r.getFirstColumn() + 1).max().orElse(0));
            List<RawCell> cells = new ArrayList<>(Math.max(width, 0));
            for (int col = 0; col < width; col++) {
                RawCell cell = CellValues.of(mergedSource(sheet, row, col, ranges));
                cells.add(new RawCell(cleaner.clean(cell.text(), rowNumber, col), cell.kind()));
            }
            rows.add(rowNumber, cells);
        }
        return new RawSheet(name, rows.rows(), cleaner.report());
    }

    /**
     * The cell whose value shows at (row, col): a merged range's first cell for the first column
     * of each of its rows; its other columns stay blank, so a banner merged across is not repeated.
     */
    private static Cell mergedSource(Sheet sheet, Row row, int col, List<CellRangeAddress> ranges) {
        for (CellRangeAddress range : ranges) {
            if (range.getFirstColumn() == col && range.getFirstRow() != row.getRowNum()) {
                Row first = sheet.getRow(range.getFirstRow());
                return first == null ? null : first.getCell(range.getFirstColumn());
            }
        }
        return row.getCell(col);
    }
    private static Map<Integer, List<CellRangeAddress>> mergedByRow(Sheet sheet) {
        Map<Integer, List<CellRangeAddress>> byRow = new HashMap<>();
        int lastRow = sheet.getLastRowNum();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), lastRow); r++) {
                byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(range);
            }
        }
        return byRow;
    }

    /** Whether the workbook hides this sheet (templates keep their lookup lists in hidden sheets). */
    static boolean isHidden(Workbook workbook, int index) {
        return workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
    }
}
