package vn.diemtua.report;

import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.reference.ReferenceData;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The months a conference covers, both ends included, e.g. 2022-10 to 2023-09. */
public record ReportWindow(YearMonth from, YearMonth to) {
    public ReportWindow {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The window starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** Parses {@code --from} and {@code --to} ({@code YYYY-MM}). */
    public static ReportWindow parse(String from, String to) {
        return new ReportWindow(month("--from", from), month("--to", to));
    }

    private static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a month written YYYY-MM, e.g. 2023-09; got '" + text + "'");
        }
    }

    /** The folder of the report: {@code 2022-10_2023-09}. */
    public String folderName() {
        return from + "_" + to;
    }

    /** The same window a year earlier ("cùng kỳ"). */
    public ReportWindow prior() {
        return new ReportWindow(from.minusYears(1), to.minusYears(1));
    }

    /**
     * SPEC section 5: a window ending before the 2025 reorganisation speaks of the units of its
     * time, a later one of today's units.
     */
    public String defaultGeography() {
        return to.atDay(1).isBefore(ReferenceData.REORGANISATION) ? MetricValuesSchema.AS_REPORTED
                : MetricValuesSchema.CURRENT;
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** {@code ky_bao_cao} of the first month (the first day of the month). */
    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** {@code ky_bao_cao} of the last month. */
    public LocalDate lastMonthDay() {
        return to.atDay(1);
    }
}
