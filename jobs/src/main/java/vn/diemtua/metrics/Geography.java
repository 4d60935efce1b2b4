package vn.diemtua.metrics;

import vn.diemtua.model.MetricValuesSchema;

import java.util.Arrays;

/**
 * Which units a figure is given for: as reported (the units valid in each month) or current
 * (today's units, earlier months re-based through the crosswalks).
 */
public enum Geography {
    AS_REPORTED(MetricValuesSchema.AS_REPORTED),
    CURRENT(MetricValuesSchema.CURRENT);

    private final String code;

    Geography(String code) {
        this.code = code;
    }

    /** The value in the {@code geography} column. */
    public String code() {
        return code;
    }

    /** Reads {@code as_reported} or {@code current}. */
    public static Geography of(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("geography is as_reported or current, not " + code));
    }
}
