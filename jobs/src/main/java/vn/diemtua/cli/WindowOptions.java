package vn.diemtua.cli;

import picocli.CommandLine.Option;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.report.ReportWindow;

import java.util.ArrayList;
import java.util.List;

/** The window of the conference pack, as {@code report}, {@code extract} and {@code run} take it. */
public final class WindowOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month of the window.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month of the window.")
    String to;

    @Option(names = "--geography", paramLabel = "as_reported|current",
            description = "Units of the figures. Default: as_reported for a window ending before 2025-07, else current.")
    String geography;

    /** True if any window option was given. */
    boolean given() {
        return from != null || to != null || geography != null;
    }

    /** The window; bad or missing months are a usage error, told before Spark starts. */
    ReportWindow window() {
        if (from == null || to == null) {
            throw new UsageException("--from YYYY-MM and --to YYYY-MM are needed");
        }
        try {
            return ReportWindow.parse(from, to);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The geography asked for, or the window's default. */
    String geography(ReportWindow window) {
        if (geography == null) {
            return window.defaultGeography();
        }
        if (!List.of(MetricValuesSchema.AS_REPORTED, MetricValuesSchema.CURRENT).contains(geography)) {
            throw new UsageException("--geography must be as_reported or current; got '" + geography + "'");
        }
        return geography;
    }

    /** These options as a command line, checked, for the steps of {@code run}. */
    List<String> args() {
        ReportWindow window = window();
        return new ArrayList<>(List.of("--from", window.from().toString(), "--to", window.to().toString(),
                "--geography", geography(window)));
    }
}
