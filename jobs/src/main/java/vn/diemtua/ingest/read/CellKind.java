package vn.diemtua.ingest.read;

/** How a cell was stored, which decides how its text is parsed. */
public enum CellKind {
    /** Text as typed (every CSV cell, and text cells of workbooks). */
    TEXT,
    /** A numeric workbook cell; its text is the plain decimal form with '.' ({@code 97}, {@code 1.5}). */
    NUMBER,
    /** A date-formatted workbook cell; its text is the ISO date ({@code 2023-10-01}). */
    DATE,
    /** A boolean workbook cell; its text is {@code TRUE} or {@code FALSE}. */
    BOOLEAN,
    /** A formula whose cached value is an error ({@code #DIV/0!}); its text is the error. */
    ERROR
}
