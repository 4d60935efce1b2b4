package vn.diemtua.metrics.catalog;

import vn.diemtua.metrics.formula.Operator;

import java.time.YearMonth;

/**
 * A metric's target, e.g. {@code > 75%} each year or {@code >= 100%} by 2025-12.
 *
 * @param operator one of {@code > >= < <=}
 * @param value    in the metric's unit (a fraction for percent)
 * @param deadline the month by whose value the target must be met; null for a yearly target,
 *                 which is checked against the year-to-date value by December of each year
 */
public record Target(Operator operator, double value, YearMonth deadline) {
    public boolean yearly() {
        return deadline == null;
    }

    /** Whether a higher value gets closer to the target ({@code >}, {@code >=}). */
    public boolean upward() {
        return operator == Operator.GREATER || operator == Operator.GREATER_EQUAL;
    }

    /** The deadline as written in the catalog: {@code YYYY-MM} or {@code yearly}. */
    public String deadlineText() {
        return yearly() ? "yearly" : deadline.toString();
    }
}
