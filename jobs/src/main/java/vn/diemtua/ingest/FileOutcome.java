package vn.diemtua.ingest;

import java.util.Locale;

/** What a run did with a file, as stored in {@code ingest_log.outcome}. */
public enum FileOutcome {
    /** Read; its rows are in the tables. */
    INGESTED,
    /** The same bytes (SHA-256) were ingested before, or earlier in the same run: nothing written. */
    DUPLICATE_FILE,
    /** Not readable as a submission at all; one row in {@code rejections} says why. */
    UNREADABLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FileOutcome ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
