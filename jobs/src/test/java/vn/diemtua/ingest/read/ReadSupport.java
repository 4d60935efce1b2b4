package vn.diemtua.ingest.read;

import org.apache.poi.ss.usermodel.Workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading files from bytes, committed fixtures and POI-built workbooks, for the reader tests. */
final class ReadSupport {
    private ReadSupport() {
    }

    static FileResult read(String name, byte[] bytes) throws UnreadableFileException {
        return read(name, bytes, ReadLimits.DEFAULTS);
    }

    static FileResult read(String name, byte[] bytes, ReadLimits limits) throws UnreadableFileException {
        return new SubmissionReader(limits).read(name, new ByteArrayInputStream(bytes));
    }

    static SheetResult csv(String text) throws UnreadableFileException {
        return read("bao_cao.csv", text.getBytes(StandardCharsets.UTF_8)).sheets().get(0);
    }

    /** Asserts the file is rejected whole with this reason, and returns the exception. */
    static UnreadableFileException rejected(String reason, String name, byte[] bytes, ReadLimits limits) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(name, bytes, limits));
        assertEquals(reason, e.reasonCode(), e.messageEn());
        return e;
    }

    static UnreadableFileException rejected(String reason, String name, byte[] bytes) {
        return rejected(reason, name, bytes, ReadLimits.DEFAULTS);
    }

    /**
     * Asserts the limits are exact: the file reads with limits equal to its size, row count and
     * longest cell, and is rejected one below each, the cell named by {@code longestCellPlace}.
     */
    static void limitsAreExact(String name, byte[] bytes, int rows, int longestCell, String longestCellPlace)
            throws UnreadableFileException {
        int sheets = read(name, bytes, new ReadLimits(bytes.length, rows, longestCell, 100)).sheets().size();
        read(name, bytes, new ReadLimits(bytes.length, rows, longestCell, sheets));
        rejected("FILE_TOO_LARGE", name, bytes, new ReadLimits(bytes.length - 1, rows, longestCell, sheets));
        rejected("FILE_TOO_MANY_ROWS", name, bytes, new ReadLimits(bytes.length, rows - 1, longestCell, sheets));
        UnreadableFileException e = rejected("CELL_TOO_LONG", name, bytes,
                new ReadLimits(bytes.length, rows, longestCell - 1, sheets));
        assertTrue(e.messageEn().contains(longestCellPlace), e.messageEn());
        if (sheets > 1) {
            rejected("FILE_TOO_MANY_SHEETS", name, bytes, new ReadLimits(bytes.length, rows, longestCell, sheets - 1));
        }
    }

    static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(ReadSupport.class.getResourceAsStream("/fixtures/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RowKind> kinds(SheetResult sheet) {
        return sheet.rows().stream().map(SourceRow::kind).toList();
    }

    static List<Integer> rowNumbers(SheetResult sheet) {
        return sheet.rows().stream().map(SourceRow::rowNumber).toList();
    }

    static SourceRow row(SheetResult sheet, int rowNumber) {
        return sheet.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowNumber + " in " + sheet.sheet()));
    }
}
