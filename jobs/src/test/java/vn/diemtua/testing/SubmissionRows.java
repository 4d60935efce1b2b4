package vn.diemtua.testing;

import vn.diemtua.ingest.read.RawCell;
import vn.diemtua.ingest.read.RowKind;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.model.SubmissionKey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Rows as the reader would give them, for tests of validation and ingest. */
public final class SubmissionRows {
    private SubmissionRows() {
    }

    /** A data row of text cells: keys and texts alternating, e.g. {@code data(5, "ma_xa", "97", …)}. */
    public static SourceRow data(String sheet, int rowNumber, String... keysAndTexts) {
        Map<SubmissionKey, RawCell> cells = new EnumMap<>(SubmissionKey.class);
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            SubmissionKey key = SubmissionKey.fromKey(keysAndTexts[i]).orElseThrow();
            cells.put(key, RawCell.text(keysAndTexts[i + 1]));
            raw.add(keysAndTexts[i + 1]);
        }
        return new SourceRow(sheet, rowNumber, RowKind.DATA, cells, raw);
    }

    /** A row that is not data (banner, total, …) with its texts. */
    public static SourceRow other(String sheet, int rowNumber, RowKind kind, String... texts) {
        return new SourceRow(sheet, rowNumber, kind, Map.of(), List.of(texts));
    }
}
