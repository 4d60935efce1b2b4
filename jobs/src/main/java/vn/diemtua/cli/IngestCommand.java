package vn.diemtua.cli;

import picocli.CommandLine.Command;
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

    @Override
    protected int run(Warehouse warehouse) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        IngestReport report = new IngestJob(warehouse, SubmissionFileReader.standard(ReadLimits.DEFAULTS),
                ReadLimits.DEFAULTS, err).run(inputs);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        report.print(out);
        return failOnReject && report.anyRejected() ? ExitCode.REJECTED : ExitCode.DONE;
    }
}
