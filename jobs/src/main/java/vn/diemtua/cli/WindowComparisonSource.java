package vn.diemtua.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.extracts.WindowValuesSource;
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
 * The metrics step's window comparison as the extract's {@code window_values}: computed from
 * {@code commune_month} at the version the extract pinned, so it and the monthly datasets come from
 * the same data. (The report recombines its window from {@code metric_values}, the table it reads;
 * DemoIT checks that the two agree.)
 */
public final class WindowComparisonSource {
    private WindowComparisonSource() {
    }

    public static WindowValuesSource of(MetricCatalog catalog) {
        return (tables, request) -> Optional.of(
                compute(tables.read(TableName.COMMUNE_MONTH), catalog, request.geography(), request.window()));
    }

    private static Dataset<Row> compute(Dataset<Row> communeMonth, MetricCatalog catalog, String geography,
                                        ReportWindow window) {
        return WindowComparison.compute(communeMonth, catalog, MetricsReference.of(ReferenceData.bundled()),
                Geography.of(geography), window.from(), window.to(), EnumSet.of(Level.PROVINCE, Level.NATION));
    }
}
