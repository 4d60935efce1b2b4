package vn.diemtua.generate.draft;

import vn.diemtua.model.SubmissionKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lays a file's sheets out as grids the way province workbooks look: banner and title above the
 * header, the unit rows, a totals row ("Cộng" per district, "Tổng cộng" for the file), then the
 * place and date and the signature block.
 */
public final class GridBuilder {
    private final FileDraft file;
    private final List<SubmissionKey> keys = List.of(SubmissionKey.values());
    private final int offset;
    private final int width;
    private final int right;

    private GridBuilder(FileDraft file) {
        this.file = file;
        this.offset = file.numberedColumns() ? 1 : 0;
        this.width = keys.size() + 2 * offset;
        this.right = Math.max(2, width - 6);
    }

    /** One grid per sheet, for a workbook. */
    public static List<Grid> sheets(FileDraft file) {
        GridBuilder builder = new GridBuilder(file);
        boolean several = file.sheets().size() > 1;
        List<Grid> grids = new ArrayList<>();
        for (SheetDraft sheet : file.sheets()) {
            grids.add(builder.grid(sheet.name(), sheet.subtitle(), List.of(sheet.rows()), several));
        }
        return grids;
    }

    /** All sheets one under the other, for a CSV: a subtotal per district, then the total. */
    public static Grid single(FileDraft file) {
        GridBuilder builder = new GridBuilder(file);
        List<List<DataRow>> groups = file.sheets().stream().map(SheetDraft::rows).toList();
        return builder.grid(file.sheets().get(0).name(), null, groups, false);
    }

    private Grid grid(String sheetName, String subtitle, List<List<DataRow>> groups, boolean districtSheet) {
        List<Grid.Row> rows = new ArrayList<>();
        List<Grid.Merge> merges = new ArrayList<>();
        banner(rows, merges, subtitle);
        rows.add(new Grid.Row(RowRole.HEADER, header()));
        int number = 0;
        for (List<DataRow> group : groups) {
            for (DataRow row : group) {
                for (int i = 0; i < row.blankRowsBefore(); i++) {
                    rows.add(blank());
                }
                rows.add(new Grid.Row(RowRole.DATA, dataCells(row, ++number)));
            }
            if (file.unitName() == null && groups.size() > 1) {
                total(rows, merges, TemplateText.SUBTOTAL, group);
            }
        }
        if (file.unitName() == null) {
            List<DataRow> all = groups.stream().flatMap(List::stream).toList();
            total(rows, merges, districtSheet ? TemplateText.SUBTOTAL : TemplateText.TOTAL, all);
        }
        rows.add(blank());
        signature(rows);
        return new Grid(sheetName, width, rows, merges);
    }

    private void banner(List<Grid.Row> rows, List<Grid.Merge> merges, String subtitle) {
        String left0 = TemplateText.police(file.origin().provinceName());
        String left1 = file.unitName() == null ? TemplateText.STAFF_OFFICE : TemplateText.police(file.unitName());
        rows.add(new Grid.Row(RowRole.BANNER, twoSides(left0, TemplateText.NATION)));
        merges.add(new Grid.Merge(rows.size() - 1, 0, 2 + offset));
        merges.add(new Grid.Merge(rows.size() - 1, right, width - 1));
        rows.add(new Grid.Row(RowRole.BANNER, twoSides(left1, TemplateText.MOTTO)));
        merges.add(new Grid.Merge(rows.size() - 1, 0, 2 + offset));
        merges.add(new Grid.Merge(rows.size() - 1, right, width - 1));
        rows.add(blank());
        rows.add(new Grid.Row(RowRole.TITLE, at(0, TemplateText.title(file.origin().month(), file.supplement()))));
        merges.add(new Grid.Merge(rows.size() - 1, 0, width - 1));
        rows.add(new Grid.Row(RowRole.TITLE, at(0, TemplateText.subtitle(file.origin().month(), file.unitName(), subtitle))));
        merges.add(new Grid.Merge(rows.size() - 1, 0, width - 1));
        rows.add(blank());
    }

    private List<Cell> header() {
        List<Cell> cells = new ArrayList<>(width);
        if (offset > 0) {
            cells.add(Cell.text(TemplateText.ROW_NUMBER));
        }
        for (SubmissionKey key : keys) {
            cells.add(Cell.text(file.headers().get(key)));
        }
        if (offset > 0) {
            cells.add(Cell.text(TemplateText.NOTES));
        }
        return cells;
    }

    private List<Cell> dataCells(DataRow row, int number) {
        List<Cell> cells = new ArrayList<>(width);
        if (offset > 0) {
            cells.add(Cell.number(number));
        }
        for (SubmissionKey key : keys) {
            cells.add(row.cell(key));
        }
        if (offset > 0) {
            cells.add(Cell.EMPTY);
        }
        return cells;
    }

    private void total(List<Grid.Row> rows, List<Grid.Merge> merges, String label, List<DataRow> group) {
        List<Cell> cells = new ArrayList<>(Collections.nCopies(width, Cell.EMPTY));
        cells.set(0, Cell.text(label));
        for (int i = 0; i < keys.size(); i++) {
            SubmissionKey key = keys.get(i);
            if (key.kind().isCount()) {
                long sum = group.stream().mapToLong(r -> r.values().count(key)).sum();
                cells.set(offset + i, CountText.of(sum, file.groupingSeparator()));
            }
        }
        rows.add(new Grid.Row(RowRole.TOTAL, cells));
        merges.add(new Grid.Merge(rows.size() - 1, 0, offset + keys.indexOf(SubmissionKey.TEN_XA)));
    }

    private void signature(List<Grid.Row> rows) {
        int pick = file.path().hashCode();
        boolean commune = file.unitName() != null;
        String chiefTitle = commune ? TemplateText.chiefOf(file.unitName()) : TemplateText.DIRECTOR;
        rows.add(new Grid.Row(RowRole.SIGNATURE, at(right, TemplateText.placeAndDate(file.origin().provinceName(), file.signedOn()))));
        rows.add(new Grid.Row(RowRole.SIGNATURE, twoSides(1, TemplateText.PREPARED_BY, chiefTitle)));
        rows.add(new Grid.Row(RowRole.SIGNATURE, twoSides(1, TemplateText.SIGN_NAME, TemplateText.SIGN_SEAL)));
        rows.add(blank());
        rows.add(blank());
        rows.add(new Grid.Row(RowRole.SIGNATURE,
                twoSides(1, TemplateText.clerk(pick), TemplateText.chief(pick >>> 3, commune))));
    }

    private List<Cell> twoSides(String left, String rightText) {
        return twoSides(0, left, rightText);
    }

    private List<Cell> twoSides(int leftColumn, String left, String rightText) {
        List<Cell> cells = at(leftColumn, left);
        cells.set(right, Cell.text(rightText));
        return cells;
    }

    private List<Cell> at(int column, String text) {
        List<Cell> cells = new ArrayList<>(Collections.nCopies(width, Cell.EMPTY));
        cells.set(column, Cell.text(text));
        return cells;
    }

    private Grid.Row blank() {
        return new Grid.Row(RowRole.BLANK, Collections.nCopies(width, Cell.EMPTY));
    }
}
