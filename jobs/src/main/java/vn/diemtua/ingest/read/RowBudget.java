package vn.diemtua.ingest.read;

/** The rows a file may still have, over all its sheets; fails the file at the first row too many. */
final class RowBudget {
    private final String fileName;
    private final int maxRows;
    private int rows;

    RowBudget(String fileName, int maxRows) {
        this.fileName = fileName;
        this.maxRows = maxRows;
    }

    void take(String sheet) throws UnreadableFileException {
        if (++rows > maxRows) {
            throw ReadMessages.failure(ReadReason.FILE_TOO_MANY_ROWS, null, fileName, sheet, maxRows);
        }
    }
}
