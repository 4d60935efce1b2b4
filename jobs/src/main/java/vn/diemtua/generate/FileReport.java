package vn.diemtua.generate;

import java.util.Map;

/**
 * What one written file holds and what ingest should make of it.
 *
 * @param encoding        a CSV's encoding, empty for a workbook
 * @param delimiter       a CSV's separator, empty for a workbook
 * @param dataRows        rows that claim to be a unit's report
 * @param expectedRejects rows carrying an injected error
 * @param duplicates      exact copies of an earlier row of the file (one report, not two): ingest
 *                        skips them as {@code duplicate_row}
 * @param injections      row quirks and errors by id, with how many rows each touched
 * @param quirks          the file's habits, by id
 */
public record FileReport(String path, String format, String encoding, String delimiter, int sheets, int dataRows,
                         int expectedRejects, int duplicates, long bytes, boolean supplement,
                         Map<String, Integer> injections, java.util.List<String> quirks) {
    /** Rows ingest should accept: neither an injected error nor a copy of an earlier row. */
    public int expectedAccepts() {
        return dataRows - expectedRejects - duplicates;
    }
}
