package vn.diemtua.notebook;

import vn.diemtua.i18n.Messages;

import java.sql.Date;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How values read in notebooks: numbers the Vietnamese way ({@code 1.234,5}), months as {@code 10/2023}. */
final class DisplayFormat {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private DisplayFormat() {
    }

    /** A fresh format each time: NumberFormat is not thread-safe. */
    static NumberFormat numbers() {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.VI);
        format.setMaximumFractionDigits(4);
        return format;
    }

    static NumberFormat percent() {
        NumberFormat format = NumberFormat.getPercentInstance(Messages.VI);
        format.setMaximumFractionDigits(1);
        return format;
    }

    /** A chart category: a first-of-month date as its month, a number formatted, else its text. */
    static String category(Object value) {
        if (value == null) {
            return "";
        }
        LocalDate date = value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : null;
        if (date != null) {
            return date.getDayOfMonth() == 1 ? MONTH.format(date) : date.toString();
        }
        if (value instanceof Number n) {
            return numbers().format(n);
        }
        return value.toString();
    }
}
