package vn.diemtua.extracts;

import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.report.ReportWindow;

import java.sql.Date;
import java.util.Optional;
import java.util.Set;

/**
 * What to extract: the window (the same months a report covers), the geography of the province
 * and metric figures, and optionally the point in the tables' history to read ({@code --as-of}).
 */
public record ExtractRequest(ReportWindow window, String geography, Optional<String> asOf) {
    private static final Set<String> GEOGRAPHIES = Set.of(MetricValuesSchema.AS_REPORTED, MetricValuesSchema.CURRENT);

    public ExtractRequest {
        if (!GEOGRAPHIES.contains(geography)) {
            throw new IllegalArgumentException("--geography must be as_reported or current; got '" + geography + "'");
        }
    }

    /** The extract's folder name, e.g. {@code 2022-10_2023-09}. */
    public String folderName() {
        return window.folderName();
    }

    /** The smallest {@code ky_bao_cao} in the window. */
    public Date firstMonth() {
        return Date.valueOf(window.firstDay());
    }

    /** The largest {@code ky_bao_cao} in the window. */
    public Date lastMonth() {
        return Date.valueOf(window.lastMonthDay());
    }
}
