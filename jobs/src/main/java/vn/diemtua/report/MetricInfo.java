package vn.diemtua.report;

import java.util.Locale;

/**
 * How a metric is named for readers (from the catalog).
 *
 * @param unit the catalog's unit code: {@code percent}, {@code cases}, {@code persons}, {@code units},
 *             {@code number}; empty if unknown
 */
public record MetricInfo(String id, String labelVi, String labelEn, String unit) {
    public String label(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? labelVi : labelEn;
    }

    /** Whether values are ratios shown as percentages (the catalog writes {@code percent} or {@code %}). */
    public boolean percent() {
        return "percent".equalsIgnoreCase(unit) || "%".equals(unit);
    }
}
