package vn.diemtua.metrics.formula;

import org.apache.spark.sql.Column;

/**
 * A compiled expression, the type of what it gives and, for numbers, whether it is always a whole
 * number (whole row values are summed as BIGINT, others as exact decimals).
 */
record Typed(Column column, ValueType type, boolean whole) {
    Typed(Column column, ValueType type) {
        this(column, type, false);
    }
}
