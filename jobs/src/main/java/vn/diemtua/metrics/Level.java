package vn.diemtua.metrics;

import vn.diemtua.model.MetricValuesSchema;

import java.util.Arrays;

/** The administrative level a figure is given for. Districts exist only before 2025-07. */
public enum Level {
    COMMUNE(MetricValuesSchema.COMMUNE),
    DISTRICT(MetricValuesSchema.DISTRICT),
    PROVINCE(MetricValuesSchema.PROVINCE),
    NATION(MetricValuesSchema.NATION);

    private final String code;

    Level(String code) {
        this.code = code;
    }

    /** The value in the {@code level} column. */
    public String code() {
        return code;
    }

    public static Level of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("level is commune, district, province or nation, not " + code));
    }
}
