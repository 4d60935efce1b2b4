package vn.diemtua.ingest.read;

import java.io.Serializable;

/**
 * Bounds on what one file may cost to read; a file over a bound is rejected whole with a reason.
 *
 * @param maxFileBytes   size of the file as stored
 * @param maxRowsPerFile rows over all sheets
 * @param maxCellChars   characters in one cell
 * @param maxSheets      sheets in one workbook
 */
public record ReadLimits(long maxFileBytes, int maxRowsPerFile, int maxCellChars, int maxSheets)
        implements Serializable {
    public static final ReadLimits DEFAULTS = new ReadLimits(64L * 1024 * 1024, 200_000, 1_000, 100);
}
