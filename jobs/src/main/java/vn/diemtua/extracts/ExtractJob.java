package vn.diemtua.extracts;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.diemtua.i18n.Messages;
import vn.diemtua.model.TableName;
import vn.diemtua.report.ReportWindow;
import vn.diemtua.warehouse.Warehouse;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code extract}: reads the pinned tables, writes every dataset, the data dictionary and the
 * manifest into a temporary folder, checks the folder against its own manifest and renames it to
 * {@code <out>/extracts/<from>_<to>}. Nothing of a failed run stays visible.
 */
public final class ExtractJob {
    public static final String EXTRACTS_FOLDER = "extracts";

    private final Warehouse warehouse;
    private final String out;
    private final WindowValuesSource windowValues;
    private final PrintStream progress;
    private final Clock clock;
    private final Messages messages = new Messages("vn/diemtua/extracts/messages");

    /**
     * @param out          the {@code --out} URI; the extract goes to {@code <out>/extracts/<from>_<to>}
     * @param windowValues where {@code window_values} comes from ({@link WindowValuesSource#NONE}: left out)
     * @param progress     where progress lines go (standard error for the command line)
     */
    public ExtractJob(Warehouse warehouse, String out, WindowValuesSource windowValues, PrintStream progress, Clock clock) {
        this.warehouse = warehouse;
        this.out = out;
        this.windowValues = windowValues;
        this.progress = progress;
        this.clock = clock;
    }

    /** What was written. */
    public record Result(Path folder, Manifest manifest) {
    }

    /** Where the extract of a window goes: {@code <out>/extracts/<from>_<to>}. */
    public static Path folder(String out, ReportWindow window) {
        return new Path(new Path(out, EXTRACTS_FOLDER), window.folderName());
    }

    public Result run(ExtractRequest request) throws IOException {
        PinnedTables tables = PinnedTables.resolve(warehouse, ExtractDatasets.TABLES, ExtractDatasets.ANCHOR, request.asOf());
        List<ExtractDataset> datasets = ExtractDatasets.build(tables, request, windowValues);
        DataDictionary dictionary = DataDictionary.of(datasets);

        Path target = folder(out, request.window());
        FileSystem fs = ExtractFiles.raw(target.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration()));
        target = fs.makeQualified(target);
        ExtractFolder folder = ExtractFolder.create(fs, target);
        try {
            Path temp = folder.temp();
            for (int i = 0; i < datasets.size(); i++) {
                long start = System.nanoTime();
                ExtractDataset dataset = datasets.get(i);
                DeterministicParquetWriter.write(fs, dataset, new Path(temp, dataset.name().folder()));
                String seconds = String.format("%.1f", (System.nanoTime() - start) / 1e9);
                progress.println(messages.vi("progress.dataset", i + 1, datasets.size(), dataset.name().folder(), seconds)
                        + " | " + messages.en("progress.dataset", i + 1, datasets.size(), dataset.name().folder(), seconds));
            }
            ExtractFiles.write(fs, new Path(temp, DataDictionary.CSV_FILE), dictionary.toCsv());
            ExtractFiles.write(fs, new Path(temp, DataDictionary.MARKDOWN_FILE), dictionary.toMarkdown());
            ExtractFiles.removeBookkeeping(fs, temp);

            List<ManifestFile> files = FileInventory.scan(fs, temp);
            List<Manifest.DatasetSummary> summaries = summarise(datasets, files, request);
            Manifest manifest = new Manifest(Manifest.FORMAT, request.window().from().toString(), request.window().to().toString(),
                    request.geography(), request.asOf().orElse(null), vn.diemtua.cli.Main.programVersion(),
                    Instant.now(clock).toString(), versionsByName(tables), summaries, files);
            ExtractFiles.write(fs, new Path(temp, Manifest.FILE_NAME), manifest.toJson());
            ExtractFiles.removeBookkeeping(fs, temp);

            progress.println(messages.vi("progress.check") + " | " + messages.en("progress.check"));
            List<ExtractVerifier.Problem> problems = ExtractVerifier.verify(fs, temp);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the extract written in " + temp + " does not match its manifest: " + problems);
            }
            return new Result(folder.publish(), manifest);
        } finally {
            folder.discardUnpublished();
        }
    }

    /** Rows and files per dataset; an empty dataset fails the run (the pack would not match the charts). */
    private List<Manifest.DatasetSummary> summarise(List<ExtractDataset> datasets, List<ManifestFile> files,
                                                    ExtractRequest request) {
        List<Manifest.DatasetSummary> summaries = new ArrayList<>();
        for (ExtractDataset dataset : datasets) {
            String prefix = dataset.name().folder() + "/";
            List<ManifestFile> own = files.stream().filter(f -> f.path().startsWith(prefix)).toList();
            long rows = own.stream().mapToLong(f -> f.rows() == null ? 0 : f.rows()).sum();
            if (rows == 0) {
                Object[] args = {dataset.name().folder(), request.window().from().toString(),
                        request.window().to().toString(), request.geography()};
                throw new IllegalStateException(messages.vi("error.empty", args) + " | " + messages.en("error.empty", args));
            }
            summaries.add(new Manifest.DatasetSummary(dataset.name().folder(), dataset.name().folder() + "/",
                    dataset.partitionColumn().orElse(null), own.size(), rows));
        }
        return summaries;
    }

    private static Map<String, Long> versionsByName(PinnedTables tables) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (Map.Entry<TableName, Long> e : tables.versions().entrySet()) {
            versions.put(e.getKey().tableName(), e.getValue());
        }
        return versions;
    }
}
