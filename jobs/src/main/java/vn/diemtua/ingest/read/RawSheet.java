package vn.diemtua.ingest.read;

import java.util.List;

/**
 * One sheet as read: its rows (trailing blank rows dropped: they are formatting, not rows) and
 * what cleaning the cells did.
 */
record RawSheet(String name, List<RawRow> rows, CellCleaner.Report cleaning) {
}
