package vn.diemtua.validation;

import vn.diemtua.ingest.read.RawCell;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts: whole, not negative; empty means not reported (null), never 0.
 *
 * <p>Text may group digits by threes with '.', ',' or a space (no-break spaces too): {@code 1.234},
 * {@code 1,234}, {@code 1 234} are 1234. A separator not followed by exactly three digits starts a
 * fraction: {@code 1,5} and {@code 2.5} are {@link ReasonCode#COUNT_FRACTIONAL}, while a fraction of
 * zeros ({@code 12,0}, {@code 1.234,00}) is the whole number it writes. A dash alone is not read as
 * 0: it is {@link ReasonCode#COUNT_UNPARSEABLE}, so that nobody's "-" becomes a reported zero.
 * Number cells are plain decimals with '.' already.
 */
public final class CountParser {
    private static final Pattern SIGNED = Pattern.compile("^([-\u2212+]?)\\s*(.+)$");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([., ])\\d{3})(?:\\1\\d{3})*");
    private static final Pattern GROUPED_WITH_FRACTION =
            Pattern.compile("(\\d{1,3}(?:([., ])\\d{3})(?:\\2\\d{3})*|\\d+)([.,])(\\d+)");
    private static final int MAX_DIGITS = 18;

    private CountParser() {
    }

    public static ParseResult<Long> parse(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return ParseResult.ok(null);
        }
        return switch (cell.kind()) {
            case NUMBER -> number(cell.text().strip());
            case TEXT -> text(VietnameseText.collapseSpaces(cell.text()));
            case ERROR -> ParseResult.fail(ReasonCode.CELL_FORMULA_ERROR);
            default -> ParseResult.fail(ReasonCode.COUNT_UNPARSEABLE);
        };
    }

    private static ParseResult<Long> number(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                return ParseResult.fail(ReasonCode.COUNT_NEGATIVE);
            }
            BigDecimal whole = value.stripTrailingZeros();
            if (whole.scale() > 0) {
                return ParseResult.fail(ReasonCode.COUNT_FRACTIONAL);
            }
            return whole.precision() - whole.scale() > MAX_DIGITS
                    ? ParseResult.fail(ReasonCode.COUNT_UNPARSEABLE) : ParseResult.ok(whole.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return ParseResult.fail(ReasonCode.COUNT_UNPARSEABLE);
        }
    }

    private static ParseResult<Long> text(String text) {
        Matcher signed = SIGNED.matcher(text);
        if (!signed.matches()) {
            return ParseResult.fail(ReasonCode.COUNT_UNPARSEABLE);
        }
        String sign = signed.group(1);
        ParseResult<Long> magnitude = unsigned(signed.group(2));
        if (!magnitude.failed() && (sign.equals("-") || sign.equals("\u2212")) && magnitude.value() != 0L) {
            return ParseResult.fail(ReasonCode.COUNT_NEGATIVE);
        }
        return magnitude;
    }

    private static ParseResult<Long> unsigned(String text) {
        String digits;
        if (PLAIN.matcher(text).matches()) {
            digits = text;
        } else if (GROUPED.matcher(text).matches()) {
            digits = text.replaceAll("[., ]", "");
        } else {
            Matcher fraction = GROUPED_WITH_FRACTION.matcher(text);
            if (!fraction.matches() || fraction.group(3).equals(fraction.group(2))) {
                return ParseResult.fail(ReasonCode.COUNT_UNPARSEABLE);
            }
            if (!fraction.group(4).chars().allMatch(c -> c == '0')) {
                return ParseResult.fail(ReasonCode.COUNT_FRACTIONAL);
            }
            digits = fraction.group(1).replaceAll("[., ]", "");
        }
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() > MAX_DIGITS
                ? ParseResult.fail(ReasonCode.COUNT_UNPARSEABLE) : ParseResult.ok(Long.parseLong(significant));
    }
}
