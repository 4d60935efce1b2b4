package vn.diemtua.ingest.read;

/** What a row of a sheet is; only {@link #DATA} rows go on to validation, the rest are skipped and counted. */
public enum RowKind {
    /** Above the header: titles such as "CÔNG AN TỈNH …", "BÁO CÁO THÁNG 10/2023". */
    BANNER,
    /** The header row itself. */
    HEADER,
    /** A row that claims to be a unit's report. */
    DATA,
    /** A totals row ("Tổng cộng", "Cộng"). */
    TOTAL,
    /** A signature block ("Người lập biểu", "TRƯỞNG CÔNG AN XÃ"), or anything after it. */
    SIGNATURE,
    /** A row with no text. */
    BLANK
}
