package vn.diemtua.generate.draft;

/** How a cell is stored in a workbook; a CSV writes every cell as the text a spreadsheet would show. */
public enum CellType {
    TEXT,
    /** A numeric cell; its text is a plain decimal ({@code 97}, {@code -3}, {@code 2.5}). */
    NUMBER,
    /** A date cell shown as dd/mm/yyyy; its text is the ISO date. */
    DATE,
    /** A date cell shown as mm/yyyy (a month typed as a date); its text is the ISO date of the 1st. */
    MONTH
}
