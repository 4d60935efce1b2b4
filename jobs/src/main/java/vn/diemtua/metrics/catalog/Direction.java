package vn.diemtua.metrics.catalog;

import java.util.Locale;

/** Whether a higher or a lower value is better; neutral for activity counts. */
public enum Direction {
    HIGHER, LOWER, NEUTRAL;

    public String code() {
        return this == NEUTRAL ? "" : name().toLowerCase(Locale.ROOT);
    }
}
