package vn.diemtua.ingest.read;

import org.apache.poi.ss.util.CellReference;
import vn.diemtua.model.SubmissionKey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds a sheet's header by its wording and says what every row is. The header is the row naming
 * the most keys (the unit code among them); ties go to the topmost. Below it a row is a unit's
 * report unless it is blank, repeats the header, numbers the columns, is a total, or belongs to
 * the signature block; a row that could be a unit is never skipped (validation rejects it).
 */
final class SheetClassifier {
    private final String fileName;

    SheetClassifier(String fileName) {
        this.fileName = fileName;
    }

    SheetResult classify(RawSheet sheet) {
        List<RawRow> rows = sheet.rows();
        List<ReadNote> notes = new ArrayList<>();
        CellCleaner.Report cleaning = sheet.cleaning();
        if (cleaning.cells() > 0) {
            notes.add(ReadMessages.note(ReadReason.CONTROL_CHARS_REMOVED, cleaning.firstRow(), fileName,
                    sheet.name(), cleaning.cells(), String.valueOf(cleaning.firstRow())));
        }
        if (rows.stream().allMatch(RawRow::isBlank)) {
            return unread(sheet, null, ReadReason.SHEET_EMPTY, notes, ReadMessages.note(
                    ReadReason.SHEET_EMPTY, null, fileName, sheet.name()));
        }
        int headerIndex = -1;
        HeaderLayout header = null;
        for (int i = 0; i < rows.size(); i++) {
            HeaderLayout candidate = HeaderLayout.of(rows.get(i).cells());
            if (candidate.isHeader() && (header == null || candidate.keyCount() > header.keyCount())) {
                header = candidate;
                headerIndex = i;
            }
        }
        if (header == null) {
            return unread(sheet, null, ReadReason.SHEET_NO_HEADER, notes, ReadMessages.note(
                    ReadReason.SHEET_NO_HEADER, null, fileName, sheet.name()));
        }
        RawRow headerRow = rows.get(headerIndex);
        if (!header.duplicates().isEmpty()) {
            HeaderLayout.Duplicate dup = header.duplicates().get(0);
            String columns = dup.columns().stream().map(CellReference::convertNumToColString)
                    .collect(Collectors.joining(", "));
            return unread(sheet, headerRow.rowNumber(), ReadReason.SHEET_DUPLICATE_COLUMN, notes, ReadMessages.note(
                    ReadReason.SHEET_DUPLICATE_COLUMN, headerRow.rowNumber(), fileName, sheet.name(),
                    String.valueOf(headerRow.rowNumber()), dup.key().templateHeader(), columns));
        }
        List<SourceRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < headerIndex; i++) {
            RawRow banner = rows.get(i);
            out.add(skipped(sheet.name(), banner, banner.isBlank() ? RowKind.BLANK : RowKind.BANNER));
        }
        out.add(skipped(sheet.name(), headerRow, RowKind.HEADER));
        classifyBody(sheet.name(), rows.subList(headerIndex + 1, rows.size()), header, out);
        YearMonth monthHint = header.columns().containsKey(SubmissionKey.KY_BAO_CAO) ? null
                : BannerMonth.find(rows.subList(0, headerIndex)).orElse(null);
        return new SheetResult(sheet.name(), headerRow.rowNumber(), Collections.unmodifiableList(out), null,
                monthHint, List.copyOf(notes));
    }

    private static void classifyBody(String sheet, List<RawRow> body, HeaderLayout header, List<SourceRow> out) {
        boolean columnNumbersPossible = true;
        boolean inSignature = false;
        int firstCountColumn = header.firstCountColumn();
        int codeColumn = header.columns().get(SubmissionKey.MA_XA);
        for (RawRow row : body) {
            if (row.isBlank()) {
                out.add(skipped(sheet, row, RowKind.BLANK));
                continue;
            }
            if (columnNumbersPossible && RowMarkers.isColumnNumbers(row.cells())) {
                columnNumbersPossible = false;
                out.add(skipped(sheet, row, RowKind.HEADER));
                continue;
            }
            columnNumbersPossible = false;
            boolean hasCode = RowMarkers.looksLikeCode(row.cell(codeColumn));
            if (!hasCode && HeaderLayout.of(row.cells()).isHeader()) {
                // The header again: a page break in a printed report, or files pasted together.
                out.add(skipped(sheet, row, RowKind.HEADER));
                continue;
            }
            RowKind kind;
            if (isTotal(row, firstCountColumn, hasCode)) {
                kind = RowKind.TOTAL;
            } else if (!hasCode && (inSignature || hasText(row, RowMarkers::isSignature))) {
                inSignature = true;
                kind = RowKind.SIGNATURE;
            } else {
                kind = RowKind.DATA;
            }
            out.add(new SourceRow(sheet, row.rowNumber(), kind, cells(row, header), row.texts()));
        }
    }

    /** A total word left of the counts, or anywhere in a row without a code. */
    private static boolean isTotal(RawRow row, int firstCountColumn, boolean hasCode) {
        List<RawCell> cells = row.cells();
        for (int col = 0; col < cells.size(); col++) {
            RawCell cell = cells.get(col);
            if (cell.kind() == CellKind.TEXT && (col < firstCountColumn || !hasCode) && RowMarkers.isTotal(cell.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(RawRow row, java.util.function.Predicate<String> test) {
        return row.cells().stream().anyMatch(c -> c.kind() == CellKind.TEXT && test.test(c.text()));
    }

    /** The cells under recognised headers; a missing cell is an empty text, so every key of the header is present. */
    private static Map<SubmissionKey, RawCell> cells(RawRow row, HeaderLayout header) {
        Map<SubmissionKey, RawCell> cells = new EnumMap<>(SubmissionKey.class);
        header.columns().forEach((key, col) -> cells.put(key, row.cell(col)));
        return Collections.unmodifiableMap(cells);
    }

    private static SourceRow skipped(String sheet, RawRow row, RowKind kind) {
        return new SourceRow(sheet, row.rowNumber(), kind, Map.of(), row.texts());
    }

    /** A sheet with a problem: its rows are kept, as banners and blanks, so they are counted as skipped. */
    private static SheetResult unread(RawSheet sheet, Integer headerRow, ReadReason problem, List<ReadNote> notes,
                                      ReadNote problemNote) {
        List<SourceRow> out = new ArrayList<>(sheet.rows().size());
        for (RawRow row : sheet.rows()) {
            RowKind kind = row.isBlank() ? RowKind.BLANK
                    : Integer.valueOf(row.rowNumber()).equals(headerRow) ? RowKind.HEADER : RowKind.BANNER;
            out.add(skipped(sheet.name(), row, kind));
        }
        List<ReadNote> all = new ArrayList<>();
        all.add(problemNote);
        all.addAll(notes);
        return new SheetResult(sheet.name(), headerRow, Collections.unmodifiableList(out), problem.code(), null,
                List.copyOf(all));
    }
}
