package vn.diemtua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.diemtua.ingest.IngestJob;
import vn.diemtua.ingest.IngestReport;
import vn.diemtua.ingest.SubmissionFileReader;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code ingest --input PATH…}: submissions into the raw and validated tables, then a summary. */
@Command(name = "ingest", description = {
        "Nạp các tệp báo cáo tháng (.xlsx, .xls, .csv) vào các bảng; in tóm tắt.",
        "Read monthly submission files and folders into the tables; print a summary."})
public final class IngestCommand extends SparkCommand {
    @Option(names = "--input", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Files or folders (any Hadoop URI), read recursively; repeatable.")
    List<String> inputs;

    @Option(names = "--fail-on-reject",
            description = "Exit with code 3 if a row, a sheet or a whole file was rejected.")
    boolean failOnReject;

    @Option(names = "--max-file-mb", paramLabel = "MB",
            description = "Refuse files larger than this, unread (FILE_TOO_LARGE). Default: 64; at most 1024.")
    Integer maxFileMb;

    @Option(names = "--max-rows-per-file", paramLabel = "N",
            description = "Refuse files with more rows, all sheets together (FILE_TOO_MANY_ROWS). Default: 200000.")
    Integer maxRowsPerFile;

    @Option(names = "--max-cell-chars", paramLabel = "N",
            description = "Refuse files with a longer cell (CELL_TOO_LONG). Default: 1000.")
    Integer maxCellChars;

    @Option(names = "--max-sheets", paramLabel = "N",
            description = "Refuse workbooks with more sheets (FILE_TOO_MANY_SHEETS). Default: 100.")
    Integer maxSheets;

    @Mixin
    WaitOption wait;

    @Override
    protected int run(Warehouse warehouse) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ReadLimits limits = limits();
        IngestReport report = new IngestJob(warehouse, SubmissionFileReader.standard(limits), limits,
                wait.settings(), err).run(inputs);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        report.print(out);
        return failOnReject && report.anyRejected() ? ExitCode.REJECTED : ExitCode.DONE;
    }

    /** The defaults of {@link ReadLimits#DEFAULTS}, with what the command line overrides. */
    ReadLimits limits() {
        ReadLimits d = ReadLimits.DEFAULTS;
        // A file is held whole in memory on an executor while it is read: a limit beyond 1 GiB cannot hold.
        long fileBytes = maxFileMb == null ? d.maxFileBytes() : positive("--max-file-mb", maxFileMb, 1024) * 1024L * 1024L;
        return new ReadLimits(fileBytes,
                maxRowsPerFile == null ? d.maxRowsPerFile() : positive("--max-rows-per-file", maxRowsPerFile, Integer.MAX_VALUE),
                maxCellChars == null ? d.maxCellChars() : positive("--max-cell-chars", maxCellChars, Integer.MAX_VALUE),
                maxSheets == null ? d.maxSheets() : positive("--max-sheets", maxSheets, Integer.MAX_VALUE));
    }

    private static int positive(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw new UsageException(option + " must be between 1 and " + max + "; got " + value);
        }
        return value;
    }
}
