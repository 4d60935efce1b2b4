package vn.diemtua.metrics.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The unit of a metric's value. {@link #PERCENT} values are stored as fractions (0.75 = 75%), as
 * a spreadsheet stores them; charts show them multiplied by 100.
 */
public enum MetricUnit {
    PERCENT, CASES, PERSONS, UNITS, NUMBER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<MetricUnit> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("%")) {
            return Optional.of(PERCENT);
        }
        return Arrays.stream(values()).filter(u -> u.code().equals(t)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(MetricUnit::code).collect(Collectors.joining(", "));
    }
}
