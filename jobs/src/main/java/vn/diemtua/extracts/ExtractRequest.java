package vn.diemtua.extracts;

import vn.diemtua.model.MetricValuesSchema;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * What to extract: the window's first and last month (inclusive), the geography of the province
 * and metric figures, and optionally the point in the tables' history to read ({@code --as-of}).
 */
public record ExtractRequest(YearMonth from, YearMonth to, String geography, Optional<String> asOf) {
    /** The month from which the 34-province units apply (SPEC section 5). */
    static final YearMonth REORGANISATION = YearMonth.of(2025, 7);

    private static final Set<String> GEOGRAPHIES = Set.of(MetricValuesSchema.AS_REPORTED, MetricValuesSchema.CURRENT);

    public ExtractRequest {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("window starts after it ends: " + from + " > " + to);
        }
        if (!GEOGRAPHIES.contains(geography)) {
            throw new IllegalArgumentException("geography must be as_reported or current, not " + geography);
        }
    }

    /** SPEC: as reported for a window that ends before 2025-07, current otherwise. */
    public static String defaultGeography(YearMonth to) {
        return to.isBefore(REORGANISATION) ? MetricValuesSchema.AS_REPORTED : MetricValuesSchema.CURRENT;
    }

    /** The extract's folder name, e.g. {@code 2022-10_2023-09}. */
    public String folderName() {
        return from + "_" + to;
    }

    /** First day of the first month: the smallest {@code ky_bao_cao} in the window. */
    public Date firstMonth() {
        return Date.valueOf(from.atDay(1));
    }

    /** First day of the last month: the largest {@code ky_bao_cao} in the window. */
    public Date lastMonth() {
        return Date.valueOf(to.atDay(1));
    }
}
