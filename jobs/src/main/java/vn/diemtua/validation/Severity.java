package vn.diemtua.validation;

/** What a failed rule does to its row. */
public enum Severity {
    /** The row is rejected and stored in {@code rejections}. */
    ERROR,
    /** The row is accepted and flagged in its {@code warnings}. */
    WARNING
}
