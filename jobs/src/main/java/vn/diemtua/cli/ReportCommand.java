package vn.diemtua.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.diemtua.model.TableName;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.report.CatalogLabels;
import vn.diemtua.report.ConferenceSummary;
import vn.diemtua.report.DataVersion;
import vn.diemtua.report.MonthlyWindowValues;
import vn.diemtua.report.ProvinceNames;
import vn.diemtua.report.ReportFigures;
import vn.diemtua.report.ReportInputs;
import vn.diemtua.report.ReportPack;
import vn.diemtua.report.ReportPlan;
import vn.diemtua.report.ReportPublisher;
import vn.diemtua.report.ReportWindow;
import vn.diemtua.report.TableVersions;
import vn.diemtua.report.WindowValuesSource;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code report --from YYYY-MM --to YYYY-MM}: charts, dashboard and conference summary of a window. */
@Command(name = "report", description = {
        "Charts (PNG, SVG), the dashboard (index.html), the conference summary (summary.vi.md, summary.en.md) and "
                + "the tables behind the charts (CSV) for a window, under <out>/report/<from>_<to>/."})
public final class ReportCommand extends SparkCommand {
    @Mixin
    WindowOptions windowOptions;

    @Option(names = "--as-of", paramLabel = "VERSION|TIMESTAMP",
            description = "Rebuild the pack from the tables as they were: a metric_values version, or a timestamp.")
    String asOf;

    @Override
    protected void checkUsage() {
        windowOptions.args();
    }

    @Override
    protected int run(Warehouse warehouse) throws Exception {
        ReportWindow window = windowOptions.window();
        String chosenGeography = windowOptions.geography(window);
        for (TableName table : List.of(TableName.METRIC_VALUES, TableName.REPORTING_RATES)) {
            if (!warehouse.exists(table)) {
                throw new UsageException("The warehouse " + warehouse.uri() + " has no table " + table.tableName()
                        + ": run `diemtua metrics` first.");
            }
        }
        DataVersion version;
        try {
            version = TableVersions.resolve(warehouse, asOf);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintStream err = System.err;
        err.printf("report: %s to %s, %s, metric_values version %d, reporting_rates version %d%n", window.from(),
                window.to(), chosenGeography, version.metricValues(), version.reportingRates());

        ReportPlan plan = ReportPlan.bundled();
        CatalogLabels labels = CatalogLabels.bundled();
        plan.allMetrics().stream().filter(id -> !labels.knows(id))
                .forEach(id -> err.println("report: metric " + id + " is not in the catalog; it is named by its id"));
        Dataset<Row> metricValues = warehouse.readAsOf(TableName.METRIC_VALUES, Long.toString(version.metricValues()));
        Dataset<Row> reportingRates = warehouse.readAsOf(TableName.REPORTING_RATES,
                Long.toString(version.reportingRates()));
        WindowValuesSource windows = new MonthlyWindowValues(plan.stocks());
        ReportInputs inputs = new ReportInputs(window, chosenGeography, metricValues, reportingRates,
                windows.compute(warehouse, version, metricValues, chosenGeography, window), version);

        ReportFigures figures = ReportFigures.collect(inputs, plan, labels);
        if (figures.nationMonthly().isEmpty() && figures.nationWindow().isEmpty()) {
            throw new UsageException("metric_values has no national figures for geography " + chosenGeography
                    + " up to " + window.to() + ": check the window, or run `diemtua metrics` after ingesting it.");
        }
        plan.allMetrics().stream().filter(id -> figures.monthly(id).isEmpty() && figures.nation(id).isEmpty())
                .forEach(id -> err.println("report: no figures of " + id + " in the window; it is left out"));

        ReportPack.Rendered rendered = new ReportPack(plan, labels, new ProvinceNames(ReferenceData.bundled()),
                Main.programVersion()).render(figures);
        err.printf("report: %d charts, %d files rendered%n", rendered.charts(), rendered.files().size());
        String folder = new ReportPublisher(warehouse.spark().sparkContext().hadoopConfiguration())
                .publish(common.out, window, rendered.files());

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Report written to " + folder);
        out.println("  index.html, summary.vi.md, summary.en.md, " + rendered.charts() + " charts (charts/*.png, "
                + "charts/*.svg), " + rendered.sections().size() + " tables (tables/*.csv)");
        out.println();
        print(out, rendered.summaryVi());
        return ExitCode.DONE;
    }

    private static void print(PrintStream out, ConferenceSummary.Text summary) {
        out.println(summary.title());
        summary.paragraphs().forEach(p -> out.println("  " + p));
    }
}
