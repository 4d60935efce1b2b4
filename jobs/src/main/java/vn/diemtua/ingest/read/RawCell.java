package vn.diemtua.ingest.read;

import java.io.Serializable;

/** A cell as read, before any parsing: its text and how it was stored. */
public record RawCell(String text, CellKind kind) implements Serializable {
    public static RawCell text(String text) {
        return new RawCell(text, CellKind.TEXT);
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
