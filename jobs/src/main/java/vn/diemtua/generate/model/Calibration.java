package vn.diemtua.generate.model;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * The published figures the model is anchored to (data/reference/headline_figures_sources.csv):
 * the one-year review of Resolution 12 (17/11/2023) counted, for commune police (Xã and Thị trấn:
 * 8,309 units) over 2022-10 … 2023-09, "hơn 22 nghìn" crimes and legal violations detected and
 * "gần 34 nghìn" subjects arrested or handled. The model aims at the middle of each band; national
 * levels of other review years follow from the trend.
 */
public final class Calibration {
    /** The review year of the published figures. */
    public static final YearMonth FROM = YearMonth.of(2022, 10);
    public static final YearMonth TO = YearMonth.of(2023, 9);
    /** The units the figures count. */
    public static final Set<UnitType> POOL = EnumSet.of(UnitType.XA, UnitType.THI_TRAN);
    /** How many they are in the pre-2025 list. */
    public static final int POOL_UNITS = 8_309;
    /** Crimes plus violations: "hơn 22 nghìn" is (22,000, 22,500); aim at its middle. */
    public static final double CRIMES_AND_VIOLATIONS = 22_250;
    /** Subjects: "gần 34 nghìn" is [33,500, 34,000); aim at its middle. */
    public static final double SUBJECTS = 33_750;
    /** Share of crimes among crimes plus violations; most of what commune police detect are violations. */
    public static final double CRIME_SHARE = 0.3;
    /** The published figures count what was reported, at this reporting rate. */
    public static final double REPORTING_RATE = 0.97;

    private Calibration() {
    }
}
