package vn.diemtua.generate.draft;

import java.util.List;

/**
 * A sheet as rows of cells, ready to write.
 *
 * @param merges cells a workbook merges (banner titles, the totals label); a CSV ignores them
 */
public record Grid(String sheetName, int width, List<Row> rows, List<Merge> merges) {
    public record Row(RowRole role, List<Cell> cells) {
    }

    public record Merge(int row, int firstColumn, int lastColumn) {
    }
}
