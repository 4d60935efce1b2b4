package vn.diemtua.metrics.formula;

/** How a leaf's row values combine over units (and, for flows, over months). */
public enum Aggregation {
    SUM, COUNT, COUNTIF, MIN, MAX, EXPECTED;

    /** Whether values add up; otherwise the smallest or largest is kept. */
    public boolean additive() {
        return this != MIN && this != MAX;
    }
}
