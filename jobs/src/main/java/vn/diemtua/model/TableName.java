package vn.diemtua.model;

import java.util.Locale;

/**
 * The Delta tables under the warehouse (SPEC section 4). The name is the folder under the
 * warehouse and the view name in {@code sql} and notebooks, so it is part of the contract.
 */
public enum TableName {
    SUBMISSION_ROWS,
    COMMUNE_MONTH,
    COMMUNE_MONTH_VERSIONS,
    REJECTIONS,
    INGEST_LOG,
    UNITS,
    UNIT_ALIASES,
    UNIT_CROSSWALK,
    PROVINCE_CROSSWALK,
    METRIC_VALUES,
    REPORTING_RATES,
    OUTLIERS,
    METRICS_STATE,
    PERIOD_LOCKS;

    /** The table's name as users see it, e.g. {@code commune_month}. */
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
