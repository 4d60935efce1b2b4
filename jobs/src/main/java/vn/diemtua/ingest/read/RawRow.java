package vn.diemtua.ingest.read;

import java.util.List;

/** A row as read from a sheet, before classification: its number and cells in column order. */
record RawRow(int rowNumber, List<RawCell> cells) {

    RawCell cell(int column) {
        return column < cells.size() ? cells.get(column) : RawCell.text("");
    }

    boolean isBlank() {
        return cells.stream().allMatch(RawCell::isBlank);
    }

    List<String> texts() {
        return cells.stream().map(RawCell::text).toList();
    }
}
