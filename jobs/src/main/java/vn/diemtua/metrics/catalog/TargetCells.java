package vn.diemtua.metrics.catalog;

import vn.diemtua.metrics.formula.Operator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the three target cells of a catalog row, as a spreadsheet may have saved them: {@code 75%}
 * or {@code 0.75}; a month as {@code 2025-12}, {@code 12/2025} or a date; {@code yearly}.
 */
final class TargetCells {
    private static final Set<String> YEARLY = Set.of("yearly", "each year", "annual", "hằng năm", "hàng năm");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** Reports a problem: a message code and its arguments. */
    interface Problems {
        void add(String code, Object... args);
    }

    private TargetCells() {
    }

    /** The target, or null when the three cells are empty or something is wrong (then reported). */
    static Target parse(String operatorText, String valueText, String deadlineText, Problems problems) {
        if (operatorText.isEmpty() && valueText.isEmpty() && deadlineText.isEmpty()) {
            return null;
        }
        if (operatorText.isEmpty() || valueText.isEmpty() || deadlineText.isEmpty()) {
            problems.add("catalog.incompleteTarget");
            return null;
        }
        Operator operator = switch (operatorText.replace(" ", "")) {
            case ">" -> Operator.GREATER;
            case ">=", "≥" -> Operator.GREATER_EQUAL;
            case "<" -> Operator.LESS;
            case "<=", "≤" -> Operator.LESS_EQUAL;
            default -> null;
        };
        if (operator == null) {
            problems.add("catalog.badOperator", operatorText);
        }
        Double value = value(valueText);
        if (value == null) {
            problems.add("catalog.badTargetValue", valueText);
        }
        YearMonth deadline = null;
        boolean yearly = YEARLY.contains(deadlineText.toLowerCase(Locale.ROOT));
        if (!yearly) {
            deadline = month(deadlineText);
            if (deadline == null) {
                problems.add("catalog.badDeadline", deadlineText);
            }
        }
        if (operator == null || value == null || (!yearly && deadline == null)) {
            return null;
        }
        return new Target(operator, value, deadline);
    }

    private static Double value(String text) {
        String t = text.replace(" ", "");
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.contains(".")) {
            t = t.replace(',', '.');
        }
        try {
            double v = Double.parseDouble(t);
            return percent ? v / 100.0 : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static YearMonth month(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return YearMonth.from(LocalDate.parse(text));
            }
            Matcher m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            }
            m = MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
