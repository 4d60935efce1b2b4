package vn.diemtua.generate.draft;

import java.util.Locale;

/** How a CSV is encoded, as spreadsheet programs save it. */
public enum CsvEncoding {
    /** UTF-8 without a byte-order mark, comma separated. */
    UTF8,
    /** UTF-8 with a byte-order mark (Excel's "CSV UTF-8"). */
    UTF8_BOM,
    /** UTF-16 little-endian with a byte-order mark, tab separated (Excel's "Unicode text"). */
    UTF16_TAB;

    /** The option spelling, e.g. {@code utf8-bom}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public char defaultDelimiter() {
        return this == UTF16_TAB ? '\t' : ',';
    }
}
