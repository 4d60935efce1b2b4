package vn.diemtua.generate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The run's file list as CSV: each file with its format, rows, and the rows ingest should accept,
 * reject and skip as copies, so a test or a benchmark can check ingest's counts against what was
 * generated.
 */
public final class Manifest {
    static final String[] HEADER = {"path", "format", "encoding", "delimiter", "sheets", "data_rows",
            "expected_accepted", "expected_rejected", "identical_duplicates", "supplement", "bytes", "file_quirks",
            "row_injections"};

    private Manifest() {
    }

    public static byte[] csv(GenerationResult result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (FileReport f : result.files()) {
                printer.printRecord(f.path(), f.format(), f.encoding(), f.delimiter().equals("\t") ? "tab" : f.delimiter(),
                        f.sheets(), f.dataRows(), f.expectedAccepts(), f.expectedRejects(), f.duplicates(),
                        f.supplement(), f.bytes(), String.join(";", f.quirks()),
                        f.injections().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(";")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
