package vn.diemtua.notebook;

import vn.diemtua.charts.Formats;

import java.sql.Date;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;

/** How values read in notebooks, the way the conference pack writes them ({@link Formats#VI}). */
final class DisplayFormat {
    private DisplayFormat() {
    }

    /** A number with up to {@code decimals} decimals, digits grouped: {@code 1.234,5}. A new instance each time. */
    static NumberFormat decimals(int decimals) {
        DecimalFormat format = (DecimalFormat) Formats.VI.countFormat();
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    /** A chart category: a first-of-month date as its month ({@code 9/2023}), a number formatted, else its text. */
    static String category(Object value) {
        if (value == null) {
            return "";
        }
        LocalDate date = value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : null;
        if (date != null) {
            return date.getDayOfMonth() == 1 ? Formats.VI.month(YearMonth.from(date)) : date.toString();
        }
        if (value instanceof Number n) {
            return decimals(4).format(n);
        }
        return value.toString();
    }
}
