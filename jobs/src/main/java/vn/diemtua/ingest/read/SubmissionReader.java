package vn.diemtua.ingest.read;

import java.io.InputStream;

/**
 * Reads one submission file (.xlsx, .xls or .csv, recognised by content, not by name) into its
 * sheets and rows, finding the header by its known wording and classifying every row.
 */
public final class SubmissionReader {
    private final ReadLimits limits;

    public SubmissionReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * @param fileName the file's name, for messages and as the sheet name of a CSV
     * @param content  the file's bytes; not closed here
     */
    public FileResult read(String fileName, InputStream content) throws UnreadableFileException {
        throw new UnsupportedOperationException("SubmissionReader is being written (reader helper)");
    }
}
