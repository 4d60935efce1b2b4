package vn.diemtua.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.diemtua.extracts.ExtractJob;
import vn.diemtua.extracts.ExtractRequest;
import vn.diemtua.extracts.ExtractVerifier;
import vn.diemtua.extracts.Manifest;
import vn.diemtua.i18n.Messages;
import vn.diemtua.report.ReportWindow;
import vn.diemtua.warehouse.Warehouse;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code extract --from YYYY-MM --to YYYY-MM}: the reviewers' Parquet extract of a window; and
 * {@code extract --verify DIR}: rechecks an extract folder against its manifest (no Spark needed).
 */
@Command(name = "extract", mixinStandardHelpOptions = true, description = {
        "Write the Parquet extract of a window to <out>/extracts/<from>_<to>/ (datasets, MANIFEST.json, DATA_DICTIONARY).",
        "With --verify DIR: check an extract folder against its MANIFEST.json; exit 0 if intact, 1 otherwise."})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    WindowOptions windowOptions;

    @Mixin
    CatalogOption catalog;

    @Option(names = "--as-of", paramLabel = "VERSION|TIMESTAMP",
            description = "Read the tables as they were: a metric_values version (the other tables as of its commit) or a timestamp.")
    String asOf;

    @Option(names = "--verify", paramLabel = "DIR", description = "Check this extract folder (any Hadoop URI) against its MANIFEST.json.")
    String verify;

    private final Messages messages = new Messages("vn/diemtua/extracts/messages");

    @Override
    public Integer call() throws Exception {
        if (verify != null) {
            if (windowOptions.given() || asOf != null) {
                throw new UsageException("--verify DIR takes no --from, --to, --geography or --as-of");
            }
            return verify(verify);
        }
        request(); // bad usage is told before Spark starts
        ExtractRun run = new ExtractRun();
        run.common = common;
        return run.call();
    }

    /** The extraction on a session that is already up (this command's own, or {@code run}'s). */
    int extract(Warehouse warehouse) throws Exception {
        ExtractRequest request = request();
        ExtractJob job = new ExtractJob(warehouse, common.out,
                WindowComparisonSource.of(catalog.load(warehouse.spark().sparkContext().hadoopConfiguration())),
                System.err, Clock.systemUTC());
        ExtractJob.Result result = job.run(request);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Manifest m = result.manifest();
        Object[] done = {request.folderName(), m.from(), m.to(), m.geography(), result.folder().toString()};
        out.println(messages.vi("summary.done", done) + " | " + messages.en("summary.done", done));
        for (Manifest.DatasetSummary d : m.datasets()) {
            Object[] args = {d.name(), d.rows(), d.files()};
            out.println("  " + messages.vi("summary.dataset", args) + " | " + messages.en("summary.dataset", args));
        }
        out.println(messages.vi("summary.versions", m.tableVersions()) + " | " + messages.en("summary.versions", m.tableVersions()));
        return ExitCode.DONE;
    }

    private ExtractRequest request() {
        ReportWindow window = windowOptions.window();
        return new ExtractRequest(window, windowOptions.geography(window), Optional.ofNullable(asOf));
    }

    private int verify(String dir) throws Exception {
        Path path = new Path(dir);
        FileSystem fs = path.getFileSystem(new Configuration());
        if (!fs.exists(path)) {
            throw new UsageException("no extract folder " + dir);
        }
        List<ExtractVerifier.Problem> problems = ExtractVerifier.verify(fs, path);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (ExtractVerifier.Problem p : problems) {
            Object[] args = {p.kind(), p.path(), p.expected(), p.actual()};
            out.println(p.kind() + "\t" + p.path() + "\t" + messages.vi("verify." + p.kind(), args)
                    + " | " + messages.en("verify." + p.kind(), args));
        }
        if (problems.isEmpty()) {
            long files;
            try (InputStream in = fs.open(new Path(path, Manifest.FILE_NAME))) {
                files = Manifest.parse(in.readAllBytes()).files().size();
            }
            out.println(messages.vi("verify.ok", dir, files) + " | " + messages.en("verify.ok", dir, files));
            return ExitCode.DONE;
        }
        out.println(messages.vi("verify.failed", dir, problems.size()) + " | " + messages.en("verify.failed", dir, problems.size()));
        return ExitCode.FAILED;
    }

    /** The extraction with the session and warehouse that {@link SparkCommand} provides. */
    private final class ExtractRun extends SparkCommand {
        @Override
        protected int run(Warehouse warehouse) throws Exception {
            return extract(warehouse);
        }
    }
}
