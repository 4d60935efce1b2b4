package vn.diemtua.validation;

import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * {@code ma_xa}: 1 to 5 digits, zero-padded to 5 ({@code 97} → {@code 00097}), since spreadsheets
 * store codes as numbers and drop the leading zeros. Anything else is {@link ReasonCode#CODE_INVALID}.
 */
public final class CodeParser {
    public static final int LENGTH = 5;
    private static final Pattern DIGITS = Pattern.compile("\\d{1," + LENGTH + "}");

    private CodeParser() {
    }

    public static ParseResult<String> parse(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return ParseResult.fail(ReasonCode.CODE_MISSING);
        }
        String digits = switch (cell.kind()) {
            case NUMBER -> wholeNumber(cell.text());
            // A leading apostrophe is how spreadsheet users force text; it is not part of the code.
            case TEXT -> VietnameseText.collapseSpaces(cell.text()).replaceFirst("^'", "");
            default -> null;
        };
        if (digits == null || !DIGITS.matcher(digits).matches()) {
            return ParseResult.fail(cell.kind() == CellKind.ERROR ? ReasonCode.CELL_FORMULA_ERROR : ReasonCode.CODE_INVALID);
        }
        return ParseResult.ok("0".repeat(LENGTH - digits.length()) + digits);
    }

    private static String wholeNumber(String text) {
        try {
            BigDecimal number = new BigDecimal(text.strip()).stripTrailingZeros();
            return number.signum() >= 0 && number.scale() <= 0 ? number.toPlainString() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
