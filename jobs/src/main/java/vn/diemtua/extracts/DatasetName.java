package vn.diemtua.extracts;

import java.util.Locale;

/** The datasets of an extract, each a folder of Parquet files named like this, in manifest order. */
public enum DatasetName {
    COMMUNE_MONTH,
    PROVINCE_MONTH,
    NATION_MONTH,
    METRIC_VALUES,
    REPORTING_RATES,
    WINDOW_VALUES;

    /** The folder and dataset name, e.g. {@code province_month}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Datasets whose count columns are sums over units rather than one unit's figure. */
    public boolean isTotal() {
        return this == PROVINCE_MONTH || this == NATION_MONTH;
    }
}
