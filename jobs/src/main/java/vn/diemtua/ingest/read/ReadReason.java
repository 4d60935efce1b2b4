package vn.diemtua.ingest.read;

import java.util.Locale;

/**
 * Why a file, or one sheet of it, could not be read; {@link #code()} is the stable reason code
 * stored in tables, and each has a Vietnamese and an English message in this package's bundle.
 */
public enum ReadReason {
    /** The extension is not one of .xlsx, .xlsm, .xls, .csv, .tsv, .txt. */
    FILE_TYPE_UNSUPPORTED,
    /** The content is not what the extension says (e.g. an .xlsx renamed .xls, HTML saved as .xls). */
    FILE_FORMAT_MISMATCH,
    /** Corrupt workbook, or a spreadsheet format POI does not read (e.g. .ods), or malformed XML. */
    FILE_UNREADABLE,
    /** A password-protected workbook. */
    FILE_ENCRYPTED,
    /** A workbook whose compressed parts expand far more than any spreadsheet does. */
    FILE_ZIP_BOMB,
    /** No bytes at all. */
    FILE_EMPTY,
    /** Text that is neither UTF-8 nor UTF-16 (e.g. Windows-1258 or TCVN3). */
    FILE_ENCODING,
    FILE_TOO_LARGE,
    FILE_TOO_MANY_ROWS,
    FILE_TOO_MANY_SHEETS,
    CELL_TOO_LONG,
    /** A symbolic link in an input folder, or a path outside it: never followed, never read. */
    FILE_LINK,
    /** Sheet level: no row carries the known headers (e.g. an instructions sheet). */
    SHEET_NO_HEADER,
    /** Sheet level: two columns carry the same key, so no value can be trusted. */
    SHEET_DUPLICATE_COLUMN,
    /** Sheet level: a hidden sheet (lookup lists of a template); not read. */
    SHEET_HIDDEN,
    /** Sheet level: no text at all. */
    SHEET_EMPTY,
    /** Note, not a problem: control characters were removed from some cells. */
    CONTROL_CHARS_REMOVED;

    public String code() {
        return name();
    }

    /** The key of this reason's message in {@code messages_*.properties}. */
    String messageKey() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
