package vn.diemtua.generate.model;

/**
 * What the model takes from the command line.
 *
 * @param reportingRate chance that a unit reports a month
 * @param lateRate      chance that a report is sent after the 5th of the next month
 */
public record ModelSettings(long seed, double reportingRate, double lateRate) {
    public static final long DEFAULT_SEED = 20231117L;
    public static final double DEFAULT_REPORTING_RATE = Calibration.REPORTING_RATE;
    public static final double DEFAULT_LATE_RATE = 0.06;

    public ModelSettings {
        if (reportingRate < 0 || reportingRate > 1 || lateRate < 0 || lateRate > 1) {
            throw new IllegalArgumentException("Rates must be between 0 and 1");
        }
    }
}
