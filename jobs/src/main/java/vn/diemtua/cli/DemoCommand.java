package vn.diemtua.cli;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.diemtua.extracts.ExtractJob;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.i18n.Messages;
import vn.diemtua.report.ReportPublisher;
import vn.diemtua.report.ReportWindow;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code demo}: two years of realistic national submissions across the 2025-07-01 reorganisation
 * (written by {@code generate}, with its default quirks and errors, so some rows are rejected),
 * then {@code run} on them for the last twelve months, then where every output is.
 */
@Command(name = "demo", description = {
        "Tạo số liệu mẫu toàn quốc hai năm (qua ngày 01/07/2025), chạy toàn bộ quy trình, chỉ nơi có kết quả.",
        "Generate two years of national sample data (across 2025-07-01), run everything, say where the outputs are."})
public final class DemoCommand implements Callable<Integer> {
    /** Fixed months, not relative to today: the same seed gives the same demo on any day after 2026-08. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2024, 7);
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 6);
    /** The conference window: the last twelve months, all after the reorganisation (current geography). */
    static final ReportWindow WINDOW = new ReportWindow(LAST_MONTH.minusMonths(11), LAST_MONTH);
    static final String INPUT_FOLDER = "demo-input";

    private static final Messages MESSAGES = new Messages("vn/diemtua/cli/messages");

    @Mixin
    CommonOptions common;

    @Option(names = "--seed", defaultValue = "" + ModelSettings.DEFAULT_SEED,
            description = "Seed of the sample data: same seed, same data. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String input = new Path(new Path(common.out), INPUT_FOLDER).toString();
        Object[] start = {FIRST_MONTH, LAST_MONTH, input, WINDOW.from(), WINDOW.to()};
        out.println(MESSAGES.vi("demo.start", start));
        out.println(MESSAGES.en("demo.start", start));

        int generated = generate(input).call();
        if (generated != ExitCode.DONE) {
            return generated;
        }
        // Set up by its own command line, as `run` sets up its steps: every option and mixin gets its default.
        CommandLine runLine = new CommandLine(RunCommand.class);
        runLine.parseArgs("--input", input, "--from", WINDOW.from().toString(), "--to", WINDOW.to().toString());
        RunCommand run = runLine.getCommand();
        run.common = common;
        int code = run.call();
        if (code != ExitCode.DONE) {
            out.println(MESSAGES.vi("demo.failed", code));
            out.println(MESSAGES.en("demo.failed", code));
            return code;
        }
        printOutputs(out, input, String.format(Locale.ROOT, "%.0f", (System.nanoTime() - started) / 1e9));
        return ExitCode.DONE;
    }

    /** The {@code generate} command as its command line would set it up, defaults included. */
    private GenerateCommand generate(String input) {
        List<String> args = new ArrayList<>(List.of("--out-dir", input, "--from", FIRST_MONTH.toString(),
                "--to", LAST_MONTH.toString(), "--seed", Long.toString(seed), "--overwrite"));
        common.conf.forEach((key, value) -> args.addAll(List.of("--conf", key + "=" + value)));
        return CommandLine.populateCommand(new GenerateCommand(), args.toArray(String[]::new));
    }

    private void printOutputs(PrintStream out, String input, String seconds) throws IOException {
        Path report = ReportPublisher.folder(common.out, WINDOW);
        FileSystem fs = report.getFileSystem(common.hadoopConf());
        report = fs.makeQualified(report);
        Path extract = fs.makeQualified(ExtractJob.folder(common.out, WINDOW));
        Path warehouse = new Path(common.warehouse);
        warehouse = warehouse.getFileSystem(common.hadoopConf()).makeQualified(warehouse);
        Path summaryVi = new Path(report, "summary.vi.md");
        Path summaryEn = new Path(report, "summary.en.md");
        out.println();
        for (boolean vi : new boolean[]{true, false}) {
            out.println(text(vi, "demo.done", seconds));
            out.println(text(vi, "demo.input", fs.makeQualified(new Path(input))));
            out.println(text(vi, "demo.warehouse", warehouse));
            out.println(text(vi, "demo.dashboard", new Path(report, "index.html")));
            out.println(text(vi, "demo.summaries", summaryVi, summaryEn));
            out.println(text(vi, "demo.extract", extract));
            out.println(text(vi, "demo.headline"));
            out.println("  " + headline(fs, vi ? summaryVi : summaryEn));
            out.println();
        }
    }

    private static String text(boolean vi, String key, Object... args) {
        return vi ? MESSAGES.vi(key, args) : MESSAGES.en(key, args);
    }

    /** The summary's first paragraph (the line after the title), as the report wrote it. */
    private static String headline(FileSystem fs, Path summary) throws IOException {
        String text;
        try (InputStream in = fs.open(summary)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst()
                .map(line -> line.replaceAll("\\\\(.)", "$1")).orElse("");
    }
}
