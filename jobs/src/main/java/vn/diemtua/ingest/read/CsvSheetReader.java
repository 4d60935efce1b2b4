package vn.diemtua.ingest.read;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a CSV (or Excel "Unicode text") file as one sheet named after the file, streaming: the
 * text is decoded and parsed record by record, never held whole besides the rows themselves.
 * Row numbers are record numbers, blank lines included, as a spreadsheet shows them.
 */
final class CsvSheetReader {
    private static final int SAMPLE_CHARS = 64 * 1024;

    private final String fileName;
    private final ReadLimits limits;

    CsvSheetReader(String fileName, ReadLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    RawSheet read(BufferedInputStream in, RowBudget budget) throws IOException, UnreadableFileException {
        StrictTextReader decoded = TextDecoding.open(in);
        BufferedReader text = new BufferedReader(decoded, SAMPLE_CHARS);
        char separator = CsvSeparator.detect(sample(text, decoded));
        CellCleaner cleaner = new CellCleaner(fileName, fileName, limits.maxCellChars());
        RowCollector rows = new RowCollector(fileName, budget);
        CSVParser parser = CSVParser.parse(text, CsvSeparator.format(separator));
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw decodingFailure(e.getCause(), decoded.line());
            }
            int rowNumber = Math.toIntExact(record.getRecordNumber());
            List<RawCell> cells = new ArrayList<>(record.size());
            for (int col = 0; col < record.size(); col++) {
                cells.add(RawCell.text(cleaner.clean(record.get(col), rowNumber, col)));
            }
            rows.add(rowNumber, cells);
        }
        return new RawSheet(fileName, rows.rows(), cleaner.report());
    }

    /** The first characters, read ahead and given back, to choose the separator. */
    private String sample(BufferedReader text, StrictTextReader decoded) throws IOException, UnreadableFileException {
        text.mark(SAMPLE_CHARS);
        char[] buf = new char[SAMPLE_CHARS];
        int n = 0;
        try {
            for (int r; n < buf.length && (r = text.read(buf, n, buf.length - n)) > 0; ) {
                n += r;
            }
        } catch (CharacterCodingException e) {
            throw decodingFailure(e, decoded.line());
        }
        text.reset();
        return new String(buf, 0, n);
    }

    private UnreadableFileException decodingFailure(IOException cause, long line) throws IOException {
        if (cause instanceof CharacterCodingException) {
            return ReadMessages.failure(ReadReason.FILE_ENCODING, cause, fileName, String.valueOf(line));
        }
        throw cause;
    }
}
