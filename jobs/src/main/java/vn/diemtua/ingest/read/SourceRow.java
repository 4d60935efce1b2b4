package vn.diemtua.ingest.read;

import vn.diemtua.model.SubmissionKey;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One row of one sheet as read.
 *
 * @param sheet     the sheet name; for CSV the file name
 * @param rowNumber 1-based, as a spreadsheet program shows it (CSV: the line's record number)
 * @param cells     the cells under recognised headers, by key (DATA, TOTAL and SIGNATURE rows)
 * @param rawCells  every cell of the row as text, in column order (what the raw table keeps)
 */
public record SourceRow(String sheet, int rowNumber, RowKind kind, Map<SubmissionKey, RawCell> cells,
                        List<String> rawCells) implements Serializable {
}
