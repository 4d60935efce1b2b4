package vn.diemtua.generate.model;

import java.time.YearMonth;

/**
 * National monthly levels: a yearly level (the calibration year's, scaled by each driver's trend),
 * shaped within the year by season, a gentle slope and month-to-month noise. The shape is
 * normalised over each review year (October to September), so every review year's total equals its
 * level exactly, whatever the seed: that is what keeps the calibration year inside the published
 * bands while months still differ from seed to seed.
 */
public final class FlowLevels {
    private static final int CALIBRATION_YEAR = Months.reviewYear(Calibration.FROM);

    private final long seed;

    public FlowLevels(long seed) {
        this.seed = seed;
    }

    /** The expected count per unit of weight of reporting units in the month. */
    public double monthlyRatePerWeight(Driver driver, YearMonth month) {
        int year = Months.reviewYear(month);
        YearMonth start = Months.reviewYearStart(year);
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += shape(driver, start.plusMonths(i), i);
        }
        int index = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, month);
        double level = driver.yearlyRatePerWeight() * Math.pow(driver.yearlyTrend(), year - CALIBRATION_YEAR);
        return level * shape(driver, month, index) / sum;
    }

    private double shape(Driver driver, YearMonth month, int indexInYear) {
        double noise = Draws.factor(Rng.of(seed, "national-noise", driver, month), 0.05);
        double slope = Math.pow(driver.yearlyTrend(), (indexInYear - 5.5) / 12.0);
        return driver.season().factor(month) * noise * slope;
    }
}
