package vn.diemtua.cli;

import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Option;
import vn.diemtua.metrics.catalog.CatalogException;
import vn.diemtua.metrics.catalog.MetricCatalog;

import java.util.List;

/**
 * {@code --catalog URI}: the metric catalog of {@code metrics}, and of the window comparison that
 * {@code extract} computes with it (it must use the catalog the metrics used).
 */
public final class CatalogOption {
    @Option(names = "--catalog", paramLabel = "URI",
            description = "The metric catalog (CSV, any Hadoop URI). Default: data/catalog/metrics.csv as packed in the jar.")
    String catalog;

    /** This option as a command line, for the steps of {@code run}. */
    List<String> args() {
        return catalog == null ? List.of() : List.of("--catalog", catalog);
    }

    /** The catalog; a faulty one is a usage error listing every problem. */
    MetricCatalog load(Configuration hadoop) {
        try {
            return catalog == null ? MetricCatalog.bundled() : MetricCatalog.load(catalog, hadoop);
        } catch (CatalogException e) {
            throw new UsageException(String.join(System.lineSeparator(), e.problems()));
        }
    }
}
