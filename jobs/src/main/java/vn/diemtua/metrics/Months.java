package vn.diemtua.metrics;

import org.apache.spark.sql.Column;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;

/**
 * Months as consecutive integers (year × 12 + month − 1), so that "12 months earlier" is a range
 * of −12 in a window, whatever months are missing.
 */
public final class Months {
    private Months() {
    }

    public static Column index(Column firstOfMonth) {
        return year(firstOfMonth).multiply(12).plus(month(firstOfMonth)).minus(1);
    }

    public static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static int index(LocalDate firstOfMonth) {
        return index(YearMonth.from(firstOfMonth));
    }

    /** The first day of the month with this index. */
    public static Column date(Column index) {
        return make_date(index.divide(12).cast("int"), index.mod(12).plus(1), lit(1));
    }

    public static YearMonth of(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** A date literal for the first day of the month. */
    public static Column literal(YearMonth month) {
        return lit(java.sql.Date.valueOf(month.atDay(1)));
    }
}
