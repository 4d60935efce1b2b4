package vn.diemtua.generate.model;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Month arithmetic the model needs. */
final class Months {
    private Months() {
    }

    /** A month drawn uniformly in [from, to]. */
    static YearMonth uniform(SplittableRandom rng, YearMonth from, YearMonth to) {
        long span = ChronoUnit.MONTHS.between(from, to);
        return from.plusMonths(rng.nextLong(span + 1));
    }

    static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The review year a month belongs to: October to September, named by the year it ends in
     * (2022-10 … 2023-09 is review year 2023), the period of the published one-year review.
     */
    static int reviewYear(YearMonth month) {
        return month.getMonthValue() >= 10 ? month.getYear() + 1 : month.getYear();
    }

    /** The first month of a review year. */
    static YearMonth reviewYearStart(int reviewYear) {
        return YearMonth.of(reviewYear - 1, 10);
    }
}
