package vn.diemtua.generate.draft;

/** What ingest should do with a data row, by construction. */
public enum Expected {
    /** A valid row. */
    ACCEPT,
    /** An injected error: the row must be rejected with a reason. */
    REJECT,
    /** An exact copy of the row above it in the same file: valid, but not a second report. */
    DUPLICATE
}
