package vn.diemtua.ingest.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the separator of a CSV from its first lines: Excel's "sep=;" line if there is one, else
 * the separator under which one line names the most known headers, with quotes respected (a
 * header "Số vụ cháy, nổ" in a ';' file must not be cut at its comma). Without any known header,
 * the separator that splits the lines into the most columns, the same on most lines.
 */
final class CsvSeparator {
    static final char[] CANDIDATES = {'\t', ';', ','};
    private static final int SAMPLE_RECORDS = 50;
    private static final Pattern EXCEL_SEP_LINE = Pattern.compile("^sep=(.)\\r?(\\n|$)");

    private CsvSeparator() {
    }

    static CSVFormat format(char separator) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false) // blank lines are rows: they keep row numbers as a spreadsheet shows them
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
    }

    /** @param sample the first characters of the file; its last line may be cut */
    static char detect(String sample) {
        Matcher sep = EXCEL_SEP_LINE.matcher(sample);
        if (sep.find()) {
            return sep.group(1).charAt(0);
        }
        char best = CANDIDATES[0];
        int bestKeys = -1;
        int bestColumns = -1;
        for (char candidate : CANDIDATES) {
            List<List<String>> records = records(sample, candidate);
            int keys = records.stream().mapToInt(CsvSeparator::headerKeys).max().orElse(0);
            int columns = typicalColumns(records);
            if (keys > bestKeys || (keys == bestKeys && columns > bestColumns)) {
                best = candidate;
                bestKeys = keys;
                bestColumns = columns;
            }
        }
        return best;
    }

    private static int headerKeys(List<String> record) {
        return HeaderLayout.of(record.stream().map(t -> RawCell.text(t)).toList()).keyCount();
    }

    /** The column count most lines share (lines of one column do not count). */
    private static int typicalColumns(List<List<String>> records) {
        int[] counts = new int[1 + records.stream().mapToInt(List::size).max().orElse(0)];
        records.forEach(r -> counts[r.size()]++);
        int best = 0;
        for (int n = 2; n < counts.length; n++) {
            if (counts[n] > 0 && counts[n] >= counts[best]) {
                best = n;
            }
        }
        return best;
    }

    private static List<List<String>> records(String sample, char separator) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(sample)).setFormat(format(separator)).get()) {
            for (CSVRecord record : parser) {
                out.add(record.toList());
                if (out.size() == SAMPLE_RECORDS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A quote left open in the cut sample: judge on the lines read so far.
        }
        return out;
    }
}
