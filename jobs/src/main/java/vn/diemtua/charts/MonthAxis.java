package vn.diemtua.charts;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.data.time.Month;

import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** A time axis of months, ticks every 1, 2, 3, 6 or 12 months so that about a dozen show. */
final class MonthAxis {
    private MonthAxis() {
    }

    static Month period(YearMonth month) {
        return new Month(month.getMonthValue(), month.getYear());
    }

    static long start(YearMonth month) {
        return period(month).getFirstMillisecond();
    }

    static long end(YearMonth month) {
        return period(month).getLastMillisecond();
    }

    static long middle(YearMonth month) {
        return period(month).getMiddleMillisecond();
    }

    static DateAxis of(String label, YearMonth first, YearMonth last) {
        DateAxis axis = new DateAxis(label);
        axis.setRange(start(first), end(last));
        long months = ChronoUnit.MONTHS.between(first, last) + 1;
        int step = months <= 12 ? 1 : months <= 24 ? 2 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step));
        // "M/yyyy" is how both Vietnamese and English readers here write a month.
        axis.setDateFormatOverride(new SimpleDateFormat("M/yyyy"));
        ChartStyle.styleAxis(axis);
        return axis;
    }
}
