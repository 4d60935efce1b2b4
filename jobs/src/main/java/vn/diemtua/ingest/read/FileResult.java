package vn.diemtua.ingest.read;

import java.io.Serializable;
import java.util.List;

/** What one file gave: its detected format and its sheets (one for CSV). */
public record FileResult(String format, List<SheetResult> sheets) implements Serializable {
}
