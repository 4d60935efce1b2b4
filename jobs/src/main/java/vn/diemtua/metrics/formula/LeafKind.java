package vn.diemtua.metrics.formula;

/**
 * How a leaf adds up over the months of a window. Both kinds add up over units.
 */
public enum LeafKind {
    /** Summed over the months (or min/max over them): flow keys, report dates, {@code EXPECTED()}. */
    FLOW,
    /** Taken at the window's last month: stock keys, {@code ma_xa}, {@code LAST(...)}. */
    STOCK
}
