package vn.diemtua.ingest.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;

/**
 * A workbook cell as text and kind. Numbers in plain decimal ({@code 97}, {@code 1.5}, never
 * {@code 97.0} or {@code 1E3}) at the 15 significant digits a spreadsheet shows; date-formatted
 * numbers as ISO dates; formulas by the value the spreadsheet program cached when it saved the
 * file — never evaluated here, so a file shows what its sender saw.
 */
final class CellValues {
    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);

    private CellValues() {
    }

    static RawCell of(Cell cell) {
        if (cell == null) {
            return RawCell.text("");
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> RawCell.text(cell.getStringCellValue());
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> new RawCell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", CellKind.BOOLEAN);
            case ERROR -> new RawCell(errorText(cell.getErrorCellValue()), CellKind.ERROR);
            default -> RawCell.text("");
        };
    }

    private static RawCell numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            return new RawCell(cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE),
                    CellKind.DATE);
        }
        return new RawCell(plain(value), CellKind.NUMBER);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).round(SPREADSHEET_DIGITS).stripTrailingZeros().toPlainString();
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}
