package vn.diemtua.validation;

import java.util.Locale;

/** What became of a row read. */
public enum Outcome {
    ACCEPTED,
    REJECTED,
    SKIPPED;

    /** As stored in {@code submission_rows.outcome}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
