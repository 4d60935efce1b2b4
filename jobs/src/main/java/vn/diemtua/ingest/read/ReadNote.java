package vn.diemtua.ingest.read;

import java.io.Serializable;

/**
 * Something a reader of the sheet should know: a sheet problem or a note about what was changed
 * while reading (e.g. control characters removed).
 *
 * @param code      a {@link ReadReason} code
 * @param rowNumber the row it concerns (the first one, if several), or null for the whole sheet
 */
public record ReadNote(String code, Integer rowNumber, String messageVi, String messageEn) implements Serializable {
}
