package vn.diemtua.model;

/** How a submission key is typed and how it adds up over months and units (SPEC section 2). */
public enum KeyKind {
    /** The unit's 5-digit statistics-office code. */
    CODE,
    /** Free text, only checked. */
    TEXT,
    /** Reporting month, stored as the first day of the month. */
    MONTH,
    /** A calendar date. */
    DATE,
    /** A count that adds up over months and units. */
    FLOW,
    /** A count at month end: the last month of a window, added up over units. */
    STOCK_COUNT,
    /** A status at month end, one of {@link HeadquartersStatus}. */
    STOCK_STATUS,
    /** A yes/no at month end. */
    STOCK_FLAG;

    public boolean isCount() {
        return this == FLOW || this == STOCK_COUNT;
    }

    public boolean isStock() {
        return this == STOCK_COUNT || this == STOCK_STATUS || this == STOCK_FLAG;
    }
}
