package vn.diemtua.maintain;

import vn.diemtua.model.TableName;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code maintain} does to each table.
 *
 * @param zOrder      columns to cluster a table's files by (ZORDER); tables absent compact only
 * @param retainHours VACUUM keeps every file a version of this many past hours needs
 * @param vacuum      whether to VACUUM at all
 */
public record MaintenancePlan(Map<TableName, List<String>> zOrder, double retainHours, boolean vacuum) {
    /**
     * Default retention: 400 days, so that {@code report --as-of} can still rebuild last year's
     * conference pack after a VACUUM (Delta's own default, 7 days, would not allow it).
     */
    public static final int DEFAULT_RETAIN_DAYS = 400;

    /** Delta refuses shorter retention unless its check is turned off: concurrent readers may need the files. */
    public static final double DELTA_MINIMUM_RETAIN_HOURS = 168;

    /**
     * Lookups by unit and metric: the tables read per unit (dashboards, notebooks) cluster by
     * it, so data skipping reads few files. Applied only where the columns exist and are not
     * partition columns.
     */
    public static Map<TableName, List<String>> defaultZOrder() {
        Map<TableName, List<String>> zOrder = new EnumMap<>(TableName.class);
        zOrder.put(TableName.COMMUNE_MONTH, List.of("ma_xa"));
        zOrder.put(TableName.METRIC_VALUES, List.of("metric_id", "unit_code"));
        return zOrder;
    }

    public List<String> zOrderOf(TableName table) {
        return zOrder.getOrDefault(table, List.of());
    }
}
