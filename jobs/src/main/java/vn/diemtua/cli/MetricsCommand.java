package vn.diemtua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.diemtua.lease.WriterLease;
import vn.diemtua.metrics.MetricsReference;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.metrics.job.MetricsJob;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code metrics}: brings the metric tables up to date with commune_month. */
@Command(name = "metrics", description = "Bring metric_values, reporting_rates and outliers up to date with commune_month, "
        + "recomputing only the months that changed.")
public final class MetricsCommand extends SparkCommand {
    @Option(names = "--full", description = "Rebuild every month instead of only what changed.")
    boolean full;

    @Mixin
    CatalogOption catalog;

    @Mixin
    WaitOption wait;

    @Override
    protected int run(Warehouse warehouse) {
        MetricCatalog metrics = catalog.load(warehouse.spark().sparkContext().hadoopConfiguration());
        long started = System.nanoTime();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        MetricsJob job = new MetricsJob(warehouse, metrics, MetricsReference.of(ReferenceData.bundled()),
                line -> err.printf("metrics [%.0f s] %s%n", (System.nanoTime() - started) / 1e9, line));
        MetricsJob.Summary summary;
        // One writer at a time: a second metrics run would interleave its writes and metrics_state
        // entries with this one's, and an ingest would change commune_month under it.
        try (WriterLease lease = WriterLease.acquire(warehouse.spark().sparkContext().hadoopConfiguration(),
                warehouse.uri(), getClass().getAnnotation(Command.class).name(), wait.settings(), err)) {
            summary = job.run(full);
        } catch (MetricsJob.MissingInput e) {
            throw new UsageException(e.getMessage());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        summary.vi().forEach(out::println);
        out.println();
        summary.en().forEach(out::println);
        return ExitCode.DONE;
    }
}
