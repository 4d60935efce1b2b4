package vn.diemtua.generate;

import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.Expected;
import vn.diemtua.generate.draft.FileDraft;
import vn.diemtua.generate.draft.FileFormat;
import vn.diemtua.generate.draft.FilePlacement;
import vn.diemtua.generate.draft.ProvinceMonth;
import vn.diemtua.generate.inject.InjectionContext;
import vn.diemtua.generate.inject.Injector;
import vn.diemtua.generate.model.MonthModel;
import vn.diemtua.generate.model.Submission;
import vn.diemtua.generate.model.UnitProfiles;
import vn.diemtua.generate.write.CsvFileWriter;
import vn.diemtua.generate.write.OutputSink;
import vn.diemtua.generate.write.XlsxFileWriter;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;
import vn.diemtua.reference.UnitDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates the submissions of a range of months: draws each month nationally, keeps the chosen
 * provinces and unit types, injects quirks and errors, places rows in files, renders and writes
 * them. Province-months are drafted and written on a small thread pool; every random choice comes
 * from a stream named by what it is about, so the output does not depend on the threads.
 */
public final class Generator {
    /** Months drawn ahead of the writing, to bound memory on long ranges. */
    private static final int MONTHS_IN_FLIGHT = 2;

    private final GenerateOptions options;
    private final MonthModel model;
    private final Injector injector;
    private final UnitDirectory directory;
    private final List<Unit> formerUnits;

    public Generator(ReferenceData data, GenerateOptions options) {
        this.options = options;
        this.model = new MonthModel(data, UnitProfiles.build(data, options.seed()), options.modelSettings());
        this.injector = new Injector(options.seed(), options.quirkRate(), options.errorRate());
        this.directory = data.directory();
        this.formerUnits = data.units().stream().filter(u -> u.validFrom() == null).toList();
        for (String province : options.provinces()) {
            boolean known = months().stream().anyMatch(m -> provincesOf(m).containsKey(province));
            if (!known) {
                throw new IllegalArgumentException("Province " + province + " has no units between "
                        + options.from() + " and " + options.to());
            }
        }
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = options.from(); !m.isAfter(options.to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The chosen provinces with units in the month, code to full name, in code order. */
    public Map<String, String> provincesOf(YearMonth month) {
        Map<String, String> provinces = new TreeMap<>();
        for (Unit unit : model.unitsOf(month)) {
            if (options.wantsProvince(unit.provinceCode())) {
                provinces.putIfAbsent(unit.provinceCode(), unit.provinceName());
            }
        }
        return provinces;
    }

    /** The folders {@code <YYYY-MM>/<province>} this run writes into. */
    public List<String> folders() {
        List<String> folders = new ArrayList<>();
        for (YearMonth month : months()) {
            provincesOf(month).keySet().forEach(p -> folders.add(month + "/" + p));
        }
        return folders;
    }

    /** The typed reports of the month for the chosen provinces and unit types, before any text. */
    public List<Submission> submissions(YearMonth month) {
        return model.generate(month).stream()
                .filter(s -> options.wantsProvince(s.unit().provinceCode()) && options.unitTypes().contains(s.type()))
                .toList();
    }

    /** The files of a province's month, drafted with their quirks and errors, not yet written. */
    public List<FileDraft> draft(YearMonth month, String provinceCode, String provinceName,
                                 List<Submission> provinceSubmissions) {
        ProvinceMonth batch = ProvinceMonth.of(provinceCode, provinceName, month, provinceSubmissions);
        injector.injectRows(batch, new InjectionContext(model.unitsOf(month), formerUnits, directory));
        List<FileDraft> files = FilePlacement.place(batch, options.layout(),
                options.format().formatOf(options.seed(), provinceCode),
                options.csvEncoding().encodingOf(options.seed(), provinceCode));
        files.forEach(injector::injectFile);
        return files;
    }

    public static byte[] render(FileDraft file) {
        return file.format() == FileFormat.XLSX ? XlsxFileWriter.write(file) : CsvFileWriter.write(file);
    }

    /** Called after each month is written. */
    public interface Progress {
        void monthDone(YearMonth month, int monthsDone, int monthsTotal, int files, long rows, Duration elapsed);
    }

    public GenerationResult run(OutputSink sink, Progress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<YearMonth> months = months();
        List<List<Future<List<FileReport>>>> pending = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "generate-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            int done = 0;
            for (YearMonth month : months) {
                if (pending.size() - done >= MONTHS_IN_FLIGHT) {
                    reports.addAll(await(pending.get(done)));
                    done++;
                    announce(progress, months, done, reports, start);
                }
                pending.add(submitMonth(pool, sink, month));
            }
            while (done < pending.size()) {
                reports.addAll(await(pending.get(done)));
                done++;
                announce(progress, months, done, reports, start);
            }
        } finally {
            pool.shutdownNow();
        }
        reports.sort(Comparator.comparing(FileReport::path));
        return new GenerationResult(reports, Duration.ofNanos(System.nanoTime() - start));
    }

    private List<Future<List<FileReport>>> submitMonth(ExecutorService pool, OutputSink sink, YearMonth month) {
        Map<String, String> provinces = provincesOf(month);
        Map<String, List<Submission>> byProvince = new LinkedHashMap<>();
        provinces.keySet().forEach(p -> byProvince.put(p, new ArrayList<>()));
        for (Submission s : submissions(month)) {
            byProvince.get(s.unit().provinceCode()).add(s);
        }
        List<Future<List<FileReport>>> futures = new ArrayList<>();
        byProvince.forEach((province, subs) -> futures.add(pool.submit(() -> {
            List<FileReport> written = new ArrayList<>();
            for (FileDraft file : draft(month, province, provinces.get(province), subs)) {
                byte[] bytes = render(file);
                sink.write(file.path(), bytes);
                written.add(report(file, bytes.length));
            }
            return written;
        })));
        return futures;
    }

    private static List<FileReport> await(List<Future<List<FileReport>>> futures)
            throws IOException, InterruptedException {
        List<FileReport> out = new ArrayList<>();
        for (Future<List<FileReport>> future : futures) {
            try {
                out.addAll(future.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }
        return out;
    }

    private static void announce(Progress progress, List<YearMonth> months, int done, List<FileReport> reports, long start) {
        long rows = reports.stream().mapToLong(FileReport::dataRows).sum();
        progress.monthDone(months.get(done - 1), done, months.size(), reports.size(), rows,
                Duration.ofNanos(System.nanoTime() - start));
    }

    static FileReport report(FileDraft file, long bytes) {
        int rows = 0;
        int rejects = 0;
        int duplicates = 0;
        Map<String, Integer> injections = new TreeMap<>();
        for (DataRow row : file.rows()) {
            rows++;
            rejects += row.expected() == Expected.REJECT ? 1 : 0;
            duplicates += row.expected() == Expected.DUPLICATE ? 1 : 0;
            row.injections().forEach(id -> injections.merge(id, 1, Integer::sum));
        }
        return new FileReport(file.path(), file.format().extension(),
                file.format() == FileFormat.CSV ? file.encoding().option() : "",
                file.format() == FileFormat.CSV ? String.valueOf(file.delimiter()) : "", file.sheets().size(),
                rows, rejects, duplicates, bytes, file.supplement(), injections, file.quirks());
    }
}
