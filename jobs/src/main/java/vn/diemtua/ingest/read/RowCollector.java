package vn.diemtua.ingest.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a sheet's rows in order. Blank rows are held back until a row with text follows, so
 * blank rows after the last text (formatting, a trailing newline) are dropped and do not count
 * against the file's row limit; every other row does.
 */
final class RowCollector {
    private final String sheet;
    private final RowBudget budget;
    private final List<RawRow> rows = new ArrayList<>();
    private final List<RawRow> pendingBlanks = new ArrayList<>();

    RowCollector(String sheet, RowBudget budget) {
        this.sheet = sheet;
        this.budget = budget;
    }

    void add(int rowNumber, List<RawCell> cells) throws UnreadableFileException {
        RawRow row = new RawRow(rowNumber, trimTrailingBlanks(cells));
        if (row.isBlank()) {
            pendingBlanks.add(row);
            return;
        }
        for (RawRow blank : pendingBlanks) {
            budget.take(sheet);
            rows.add(blank);
        }
        pendingBlanks.clear();
        budget.take(sheet);
        rows.add(row);
    }

    List<RawRow> rows() {
        return List.copyOf(rows);
    }

    private static List<RawCell> trimTrailingBlanks(List<RawCell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }
}
