package vn.diemtua.generate.model;

import java.time.Month;
import java.time.YearMonth;
import java.util.Map;

/**
 * Seasonal shapes of the flows: crime campaigns and traffic around Tết (the lunar new year, whose
 * month moves between January and February), fires in the dry season, commendations at year end
 * and on the police's traditional day (19/8).
 */
public enum Seasons {
    /** Crimes, violations, subjects, drugs: peak campaigns in the month before Tết. */
    PUBLIC_ORDER,
    /** Traffic accidents: Tết travel, the 30/4 and 2/9 holidays. */
    TRAFFIC,
    /** Fires and explosions: the hot dry months, and Tết. */
    FIRE,
    /** Officers commended: year-end reviews, and August. */
    COMMENDATION,
    /** Tip-offs: nearly flat. */
    FLAT;

    /** The month of Tết in the years the project covers; February otherwise. */
    private static final Map<Integer, Month> TET = Map.ofEntries(
            Map.entry(2019, Month.FEBRUARY), Map.entry(2020, Month.JANUARY), Map.entry(2021, Month.FEBRUARY),
            Map.entry(2022, Month.FEBRUARY), Map.entry(2023, Month.JANUARY), Map.entry(2024, Month.FEBRUARY),
            Map.entry(2025, Month.JANUARY), Map.entry(2026, Month.FEBRUARY), Map.entry(2027, Month.FEBRUARY),
            Map.entry(2028, Month.JANUARY), Map.entry(2029, Month.FEBRUARY), Map.entry(2030, Month.FEBRUARY));

    public static YearMonth tet(int year) {
        return YearMonth.of(year, TET.getOrDefault(year, Month.FEBRUARY));
    }

    /** The relative level of the month (about 1 on average over a year). */
    public double factor(YearMonth month) {
        YearMonth tet = tet(month.getYear());
        boolean tetMonth = month.equals(tet);
        boolean beforeTet = month.plusMonths(1).equals(tet) || month.plusMonths(1).equals(tet(month.getYear() + 1));
        int m = month.getMonthValue();
        return switch (this) {
            case PUBLIC_ORDER -> beforeTet ? 1.25 : tetMonth ? 1.12 : month.minusMonths(1).equals(tet) ? 0.9 : 1.0;
            case TRAFFIC -> tetMonth ? 1.4 : beforeTet ? 1.15 : (m == 4 || m == 5) ? 1.1 : m == 9 ? 1.05 : 1.0;
            case FIRE -> tetMonth ? 1.3 : (m >= 3 && m <= 5) ? 1.3 : (m == 6 || m == 7) ? 1.1 : (m >= 9 && m <= 11) ? 0.8 : 1.0;
            case COMMENDATION -> m == 12 ? 2.5 : m == 1 ? 1.5 : m == 8 ? 2.0 : 0.6;
            case FLAT -> beforeTet ? 1.08 : 1.0;
        };
    }
}
