package vn.diemtua.ingest.read;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * What one sheet gave.
 *
 * @param headerRow the row number of the header, or null if none was found
 * @param rows      every row read, header and skipped rows included
 * @param problem   why the sheet could not be read as a submission, as a {@link ReadReason} code
 *                  (e.g. {@code SHEET_NO_HEADER}), else null; when set, no row is {@link RowKind#DATA}
 *                  and the messages are in {@code notes}
 * @param monthHint the reporting month named by a banner ("BÁO CÁO THÁNG 10/2023") when the sheet
 *                  has no {@code ky_bao_cao} column, else null
 * @param notes     the problem's messages and notes on what reading changed
 */
public record SheetResult(String sheet, Integer headerRow, List<SourceRow> rows, String problem,
                          YearMonth monthHint, List<ReadNote> notes) implements Serializable {

    public SheetResult(String sheet, Integer headerRow, List<SourceRow> rows, String problem) {
        this(sheet, headerRow, rows, problem, null, List.of());
    }
}
