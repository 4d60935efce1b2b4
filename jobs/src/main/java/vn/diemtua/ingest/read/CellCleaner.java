package vn.diemtua.ingest.read;

import org.apache.poi.ss.util.CellReference;

/**
 * Makes a cell's text safe to store and checks its length: NULs and other control characters
 * (pasted from other systems, or binary junk) are removed, tab and line breaks kept, CR LF made LF.
 * One cleaner per sheet; it remembers what it removed so the sheet can say so.
 */
final class CellCleaner {
    /** How many cells lost control characters, and the first row that did. */
    record Report(int cells, Integer firstRow) {
    }

    private final String fileName;
    private final String sheet;
    private final int maxChars;
    private int cleanedCells;
    private Integer firstCleanedRow;

    CellCleaner(String fileName, String sheet, int maxChars) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.maxChars = maxChars;
    }

    /** @param column 0-based */
    String clean(String text, int rowNumber, int column) throws UnreadableFileException {
        String cleaned = text;
        if (needsCleaning(text)) {
            cleaned = strip(text);
            if (!cleaned.equals(text.replace("\r\n", "\n").replace('\r', '\n'))) {
                cleanedCells++;
                if (firstCleanedRow == null) {
                    firstCleanedRow = rowNumber;
                }
            }
        }
        if (cleaned.length() > maxChars) {
            throw ReadMessages.failure(ReadReason.CELL_TOO_LONG, null, fileName, sheet, String.valueOf(rowNumber),
                    CellReference.convertNumToColString(column), cleaned.length(), maxChars);
        }
        return cleaned;
    }

    Report report() {
        return new Report(cleanedCells, firstCleanedRow);
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\t' || c == '\n' || (c >= 0x20 && (c < 0x7F || c > 0x9F) && c != '\uFEFF')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
