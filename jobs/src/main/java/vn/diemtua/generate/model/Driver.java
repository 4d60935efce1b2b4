package vn.diemtua.generate.model;

import vn.diemtua.model.SubmissionKey;

/**
 * The flows drawn from national monthly levels and shared out among units; the other flows are
 * drawn per unit from these (solved from detected, deaths from accidents, …).
 */
public enum Driver {
    CRIMES(SubmissionKey.TOI_PHAM_PHAT_HIEN, Seasons.PUBLIC_ORDER, 0.97,
            Calibration.CRIMES_AND_VIOLATIONS * Calibration.CRIME_SHARE),
    VIOLATIONS(SubmissionKey.VI_PHAM_PHAT_HIEN, Seasons.PUBLIC_ORDER, 0.97,
            Calibration.CRIMES_AND_VIOLATIONS * (1 - Calibration.CRIME_SHARE)),
    /** Shared out in proportion to each unit's cases that month (plus a little for other work). */
    SUBJECTS(SubmissionKey.DOI_TUONG_XU_LY, Seasons.PUBLIC_ORDER, 0.97, Calibration.SUBJECTS),
    TIPS(SubmissionKey.TIN_BAO_TIEP_NHAN, Seasons.FLAT, 1.03, 3.0 * Calibration.POOL_UNITS),
    ACCIDENTS(SubmissionKey.TNGT_VU, Seasons.TRAFFIC, 0.96, 1.2 * Calibration.POOL_UNITS),
    FIRES(SubmissionKey.CHAY_NO_VU, Seasons.FIRE, 1.0, 0.3 * Calibration.POOL_UNITS),
    COMMENDATIONS(SubmissionKey.KHEN_THUONG, Seasons.COMMENDATION, 1.0, 0.4 * Calibration.POOL_UNITS);

    private final SubmissionKey key;
    private final Seasons season;
    private final double yearlyTrend;
    private final double poolYearTotal;

    /**
     * @param yearlyTrend   ratio of one review year's level to the previous one's
     * @param poolYearTotal reported total of the calibration pool in the calibration year
     */
    Driver(SubmissionKey key, Seasons season, double yearlyTrend, double poolYearTotal) {
        this.key = key;
        this.season = season;
        this.yearlyTrend = yearlyTrend;
        this.poolYearTotal = poolYearTotal;
    }

    public SubmissionKey key() {
        return key;
    }

    public Seasons season() {
        return season;
    }

    public double yearlyTrend() {
        return yearlyTrend;
    }

    /** Yearly count per unit of weight for a unit that always reports, in the calibration year. */
    public double yearlyRatePerWeight() {
        return poolYearTotal / (Calibration.POOL_UNITS * Calibration.REPORTING_RATE);
    }
}
