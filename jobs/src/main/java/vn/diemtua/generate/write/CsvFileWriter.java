package vn.diemtua.generate.write;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.diemtua.generate.draft.Cell;
import vn.diemtua.generate.draft.CsvEncoding;
import vn.diemtua.generate.draft.FileDraft;
import vn.diemtua.generate.draft.Grid;
import vn.diemtua.generate.draft.GridBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A file as Excel saves a sheet as CSV: every row as wide as the table, cells as the text they show
 * (dates dd/mm/yyyy), CRLF line ends, the file's separator and encoding (with its byte-order mark).
 */
public final class CsvFileWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private CsvFileWriter() {
    }

    public static byte[] write(FileDraft file) {
        Grid grid = GridBuilder.single(file);
        CsvEncoding encoding = file.encoding();
        Charset charset = encoding == CsvEncoding.UTF16_TAB ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8_192);
        if (encoding == CsvEncoding.UTF8_BOM) {
            bytes.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        } else if (encoding == CsvEncoding.UTF16_TAB) {
            bytes.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xFE});
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(file.delimiter()).setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, charset), format)) {
            for (Grid.Row row : grid.rows()) {
                List<String> texts = new ArrayList<>(grid.width());
                for (Cell cell : row.cells()) {
                    // null, not "": commons-csv quotes an empty first field, Excel writes nothing.
                    texts.add(cell.isEmpty() ? null : shown(cell));
                }
                printer.printRecord(texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write CSV " + file.path(), e);
        }
        return bytes.toByteArray();
    }

    /** What a spreadsheet shows for the cell. */
    static String shown(Cell cell) {
        return switch (cell.type()) {
            case DATE -> LocalDate.parse(cell.text()).format(DAY);
            case MONTH -> LocalDate.parse(cell.text()).format(MONTH);
            default -> cell.text();
        };
    }
}
