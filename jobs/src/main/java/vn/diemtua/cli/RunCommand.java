package vn.diemtua.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code run --input PATH… --from YYYY-MM --to YYYY-MM}: ingest, metrics, report and extract in
 * order, in one Spark session. Each step is the step's own command, set up from its own command
 * line and run on this session, so {@code run} does exactly what the four commands do one after
 * the other.
 */
@Command(name = "run", description = {
        "Nạp tệp, tính chỉ tiêu, lập báo cáo và trích xuất của một kỳ, lần lượt, trong một phiên Spark.",
        "ingest, metrics, report and extract of a window, in order, in one Spark session."})
public final class RunCommand extends SparkCommand {
    @Option(names = "--input", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Files or folders (any Hadoop URI), read recursively; repeatable.")
    List<String> inputs;

    @Mixin
    WindowOptions windowOptions;

    @Mixin
    CatalogOption catalog;

    @Option(names = "--fail-on-reject",
            description = "Exit with code 3 if ingest rejected a row, a sheet or a file (the other steps still run).")
    boolean failOnReject;

    /** One step: its name and what runs it on the shared warehouse. */
    private record Step(String name, StepBody body) {
    }

    @FunctionalInterface
    private interface StepBody {
        int run(Warehouse warehouse) throws Exception;
    }

    @Override
    protected void checkUsage() {
        windowOptions.args();
    }

    @Override
    protected int run(Warehouse warehouse) throws Exception {
        List<Step> steps = steps();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        List<String> timings = new ArrayList<>();
        boolean rejected = false;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            err.printf(Locale.ROOT, "run [%d/%d] %s (%.0f s)%n", i + 1, steps.size(), step.name(), seconds(started));
            out.printf("%n== %s ==%n", step.name());
            long stepStarted = System.nanoTime();
            int code = step.body().run(warehouse);
            timings.add(String.format(Locale.ROOT, "%s %.1f s", step.name(), seconds(stepStarted)));
            if (code == ExitCode.REJECTED) {
                // Rejected rows are stored; the accepted ones must still reach the metric tables and the pack.
                rejected = true;
            } else if (code != ExitCode.DONE) {
                return code;
            }
        }
        out.printf(Locale.ROOT, "%n== run: %.1f s (%s) ==%n", seconds(started), String.join(", ", timings));
        return rejected ? ExitCode.REJECTED : ExitCode.DONE;
    }

    /** The four commands, set up with this command's options; bad usage is told before any step runs. */
    private List<Step> steps() {
        List<String> windowArgs = windowOptions.args();
        List<String> extractArgs = new ArrayList<>(windowArgs);
        extractArgs.addAll(catalog.args());
        List<String> ingestArgs = new ArrayList<>(List.of("--input"));
        ingestArgs.addAll(inputs);
        if (failOnReject) {
            ingestArgs.add("--fail-on-reject");
        }
        IngestCommand ingest = (IngestCommand) command("ingest", ingestArgs);
        SparkCommand metrics = (SparkCommand) command("metrics", catalog.args());
        ReportCommand report = (ReportCommand) command("report", windowArgs);
        ExtractCommand extract = (ExtractCommand) command("extract", extractArgs);
        ingest.common = common;
        metrics.common = common;
        report.common = common;
        extract.common = common;
        return List.of(new Step("ingest", ingest::run), new Step("metrics", metrics::run),
                new Step("report", report::run), new Step("extract", extract::extract));
    }

    /**
     * A step's command as its own command line sets it up (defaults, checks), found by name among
     * {@link Main}'s commands; it then runs on this command's session and options.
     */
    private static Object command(String name, List<String> args) {
        CommandLine registered = new CommandLine(new Main()).getSubcommands().get(name);
        if (registered == null) {
            throw new UsageException("this build of diemtua has no `" + name + "` command, which `run` needs");
        }
        // A fresh top-level CommandLine: picocli cannot parse a subcommand detached from its parent's parse.
        CommandLine step = new CommandLine(registered.getCommand().getClass());
        step.parseArgs(args.toArray(String[]::new));
        return step.getCommand();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
