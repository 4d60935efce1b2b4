package vn.diemtua.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.diemtua.generate.EncodingOption;
import vn.diemtua.generate.FormatOption;
import vn.diemtua.generate.GenerateOptions;
import vn.diemtua.generate.GenerationResult;
import vn.diemtua.generate.Generator;
import vn.diemtua.generate.Manifest;
import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.generate.model.UnitType;
import vn.diemtua.generate.write.HadoopOutput;
import vn.diemtua.i18n.Messages;
import vn.diemtua.reference.ReferenceData;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code generate}: synthetic monthly submissions under {@code <out-dir>/<YYYY-MM>/<province>/}. A tool
 * on the driver, not a Spark job; files go through Hadoop FileSystem, so {@code --out-dir} may be any
 * Hadoop URI ({@code --conf} settings apply to its file system).
 */
@Command(name = "generate", sortOptions = false,
        description = "Write synthetic monthly submissions (realistic, deterministic by seed) in the template of SPEC section 2.")
public final class GenerateCommand implements Callable<Integer> {
    private static final Messages MESSAGES = new Messages("vn/diemtua/generate/messages");

    @Mixin
    CommonOptions common;

    @Option(names = "--out-dir", required = true, paramLabel = "URI",
            description = "Where the files go: <URI>/<YYYY-MM>/<province code>/… (file:, hdfs:, s3a: or a local path).")
    String outDir;

    @Option(names = "--from", paramLabel = "YYYY-MM", defaultValue = "2022-10",
            description = "First month. Default: ${DEFAULT-VALUE}")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", defaultValue = "2023-09",
            description = "Last month. Default: ${DEFAULT-VALUE}")
    String to;

    @Option(names = "--provinces", split = ",", paramLabel = "CODE",
            description = "2-digit province codes, e.g. 01,79. Default: all.")
    List<String> provinces = new ArrayList<>();

    @Option(names = "--unit-types", split = ",", paramLabel = "TYPE",
            description = "xa, thi_tran, phuong, dac_khu. Default: all.")
    List<String> unitTypes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "xlsx|csv|both", defaultValue = "both",
            description = "File format; both: each province sends xlsx or csv by habit. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--csv-encoding", paramLabel = "utf8|utf8-bom|utf16-tab|mixed", defaultValue = "mixed",
            description = "Encoding of CSV files; mixed: each province by habit. Default: ${DEFAULT-VALUE}")
    String csvEncoding;

    @Option(names = "--layout", paramLabel = "province-month|unit", defaultValue = "province-month",
            description = "One workbook per province and month (a sheet per district), or one file per unit. Default: ${DEFAULT-VALUE}")
    String layout;

    @Option(names = "--seed", defaultValue = "" + ModelSettings.DEFAULT_SEED,
            description = "Same seed, same files. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--quirk-rate", paramLabel = "R", defaultValue = "" + GenerateOptions.DEFAULT_QUIRK_RATE,
            description = "Chance of each file habit per file, and of a row quirk per row. Default: ${DEFAULT-VALUE}")
    double quirkRate;

    @Option(names = "--error-rate", paramLabel = "R", defaultValue = "" + GenerateOptions.DEFAULT_ERROR_RATE,
            description = "Chance of an injected error per row. Default: ${DEFAULT-VALUE}")
    double errorRate;

    @Option(names = "--reporting-rate", paramLabel = "R", defaultValue = "" + ModelSettings.DEFAULT_REPORTING_RATE,
            description = "Chance that a unit reports a month. Default: ${DEFAULT-VALUE}")
    double reportingRate;

    @Option(names = "--late-rate", paramLabel = "R", defaultValue = "" + ModelSettings.DEFAULT_LATE_RATE,
            description = "Chance that a report is sent after the 5th of the next month. Default: ${DEFAULT-VALUE}")
    double lateRate;

    @Option(names = "--threads", paramLabel = "N", description = "Files written in parallel. Default: cores, at most 4.")
    Integer threads;

    @Option(names = "--overwrite", description = "Replace the province-month folders this run writes.")
    boolean overwrite;

    @Option(names = "--manifest", paramLabel = "URI",
            description = "Also write the file list with expected accepted and rejected rows (CSV) there.")
    String manifest;

    @Override
    public Integer call() throws Exception {
        GenerateOptions options = options();
        Generator generator;
        try {
            generator = new Generator(ReferenceData.bundled(), options);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        warnAboutFutureDates(generator);
        Configuration conf = common.hadoopConf();
        HadoopOutput output = new HadoopOutput(outDir, conf);
        for (String folder : generator.folders()) {
            if (output.hasFiles(folder)) {
                if (!overwrite) {
                    throw new UsageException(MESSAGES.en("outputExists", output.root() + "/" + folder));
                }
                output.delete(folder);
            }
        }
        GenerationResult result = generator.run(output, (month, done, total, files, rows, elapsed) ->
                System.err.println(MESSAGES.vi("progress", month.toString(), done, total, files, rows, seconds(elapsed))));
        if (manifest != null) {
            Path path = new Path(manifest);
            try (OutputStream out = path.getFileSystem(conf).create(path, true)) {
                out.write(Manifest.csv(result));
            }
        }
        printSummary(result, generator.months().size(), output.root().toString());
        return ExitCode.DONE;
    }

    /**
     * Reports are sent up to the 20th of the second month after their month; ingest rejects dates
     * after today and months after the current one, so say so before writing them.
     */
    private static void warnAboutFutureDates(Generator generator) {
        LocalDate today = LocalDate.now();
        generator.months().stream().filter(m -> m.plusMonths(2).atDay(20).isAfter(today)).findFirst()
                .ifPresent(m -> {
                    System.err.println(MESSAGES.vi("futureDates", m.toString(), today.toString()));
                    System.err.println(MESSAGES.en("futureDates", m.toString(), today.toString()));
                });
    }

    private void printSummary(GenerationResult result, int months, String root) {
        String megabytes = String.format(Locale.ROOT, "%.1f", result.bytes() / 1e6);
        long duplicates = result.files().stream().mapToLong(f -> f.duplicates()).sum();
        Object[] args = {result.files().size(), result.filesOfFormat("xlsx"), result.filesOfFormat("csv"), megabytes,
                months, seconds(result.elapsed()), result.rows(), result.expectedRejects(), duplicates, root};
        System.out.println(MESSAGES.vi("summary", args));
        System.out.println(MESSAGES.en("summary", args));
        String injected = result.injectionCounts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        System.out.println(MESSAGES.vi("injected", injected));
        System.out.println(MESSAGES.en("injected", injected));
        if (manifest != null) {
            System.out.println(MESSAGES.vi("manifest", manifest));
            System.out.println(MESSAGES.en("manifest", manifest));
        }
    }

    private static String seconds(java.time.Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f", elapsed.toMillis() / 1000.0);
    }

    GenerateOptions options() {
        Set<UnitType> types = new HashSet<>();
        for (String type : unitTypes) {
            types.add(parse("--unit-types", type, UnitType::parse));
        }
        Set<String> codes = new HashSet<>();
        for (String code : provinces) {
            String trimmed = code.trim();
            if (!trimmed.matches("\\d{2}")) {
                throw new UsageException("--provinces takes 2-digit province codes such as 01 or 79, not '" + code + "'");
            }
            codes.add(trimmed);
        }
        try {
            return new GenerateOptions(month("--from", from), month("--to", to), codes,
                    types,
                    parse("--format", format, v -> choice(FormatOption.values(), FormatOption::option, v)),
                    parse("--csv-encoding", csvEncoding, v -> choice(EncodingOption.values(), EncodingOption::option, v)),
                    parse("--layout", layout, v -> choice(Layout.values(), Layout::option, v)),
                    seed, quirkRate, errorRate, reportingRate, lateRate,
                    threads != null ? threads : GenerateOptions.defaultThreads());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static YearMonth month(String option, String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " takes a month as YYYY-MM, not '" + value + "'");
        }
    }

    private static <T> T parse(String option, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static <T> T choice(T[] values, Function<T, String> spelling, String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> spelling.apply(v).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not one of "
                        + Arrays.stream(values).map(spelling).collect(Collectors.joining(", "))));
    }
}
