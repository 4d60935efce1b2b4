package vn.diemtua.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.diemtua.ingest.read.FileResult;
import vn.diemtua.ingest.read.RawCell;
import vn.diemtua.ingest.read.RowKind;
import vn.diemtua.ingest.read.SheetResult;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.ingest.read.UnreadableFileException;
import vn.diemtua.model.SubmissionKey;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the project's reader in tests of the job: UTF-8 CSV whose first line holds the
 * canonical keys; a line whose first cell is "Tổng cộng" is a total, an empty line is blank, and a
 * file starting with "GARBAGE" is unreadable.
 */
final class KeyedCsvReader implements SubmissionFileReader {
    @Override
    public FileResult read(String fileName, InputStream content) throws UnreadableFileException {
        try {
            String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("GARBAGE")) {
                throw new UnreadableFileException("NOT_A_SPREADSHEET", "không phải bảng tính", "not a spreadsheet", null);
            }
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()
                    .parse(new InputStreamReader(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8)).getRecords();
            List<SubmissionKey> header = records.get(0).stream().map(k -> SubmissionKey.fromKey(k).orElseThrow()).toList();
            List<SourceRow> rows = new ArrayList<>();
            rows.add(new SourceRow(fileName, 1, RowKind.HEADER, Map.of(), records.get(0).toList()));
            for (int i = 1; i < records.size(); i++) {
                List<String> cells = records.get(i).toList();
                Map<SubmissionKey, RawCell> byKey = new EnumMap<>(SubmissionKey.class);
                for (int c = 0; c < cells.size() && c < header.size(); c++) {
                    byKey.put(header.get(c), RawCell.text(cells.get(c)));
                }
                RowKind kind = cells.stream().allMatch(String::isBlank) ? RowKind.BLANK
                        : cells.get(0).equals("Tổng cộng") ? RowKind.TOTAL : RowKind.DATA;
                rows.add(new SourceRow(fileName, i + 1, kind, byKey, cells));
            }
            return new FileResult("csv", List.of(new SheetResult(fileName, 1, rows, null)));
        } catch (IOException e) {
            throw new UnreadableFileException("IO", e.getMessage(), e.getMessage(), e);
        }
    }
}
