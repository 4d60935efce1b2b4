package vn.diemtua.generate.draft;

/** What a row of a sheet is, for styling; mirrors what a reader must tell apart. */
public enum RowRole {
    BANNER, TITLE, HEADER, DATA, TOTAL, SIGNATURE, BLANK
}
