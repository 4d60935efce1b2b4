package vn.diemtua.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.metrics.Geography;
import vn.diemtua.metrics.Level;
import vn.diemtua.metrics.MetricsReference;
import vn.diemtua.metrics.WindowComparison;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.model.TableName;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.report.ReportWindow;

import java.util.EnumSet;
import java.util.Optional;

/**
 * The metrics step's window comparison wired into {@code report} and {@code extract}: each reads
 * {@code commune_month} at the version it pinned, so the window rows and the monthly figures come
 * from the same data.
 */
final class WindowComparisonSources {
    private WindowComparisonSources() {
    }

    static vn.diemtua.report.WindowValuesSource report(MetricCatalog catalog) {
        return (warehouse, version, metricValues, geography, window) -> compute(
                warehouse.readAsOf(TableName.COMMUNE_MONTH, Long.toString(version.communeMonth())), catalog, geography, window);
    }

    static vn.diemtua.extracts.WindowValuesSource extract(MetricCatalog catalog) {
        return (tables, request) -> Optional.of(
                compute(tables.read(TableName.COMMUNE_MONTH), catalog, request.geography(), request.window()));
    }

    private static Dataset<Row> compute(Dataset<Row> communeMonth, MetricCatalog catalog, String geography,
                                        ReportWindow window) {
        return WindowComparison.compute(communeMonth, catalog, MetricsReference.of(ReferenceData.bundled()),
                Geography.of(geography), window.from(), window.to(), EnumSet.of(Level.PROVINCE, Level.NATION));
    }
}
