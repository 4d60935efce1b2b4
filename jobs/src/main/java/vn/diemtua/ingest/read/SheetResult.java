package vn.diemtua.ingest.read;

import java.io.Serializable;
import java.util.List;

/**
 * What one sheet gave.
 *
 * @param headerRow the row number of the header, or null if none was found
 * @param rows      every row read, header and skipped rows included
 * @param problem   why the sheet could not be read as a submission (e.g. no header), else null
 */
public record SheetResult(String sheet, Integer headerRow, List<SourceRow> rows, String problem)
        implements Serializable {
}
