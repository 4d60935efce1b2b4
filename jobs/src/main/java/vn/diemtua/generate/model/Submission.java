package vn.diemtua.generate.model;

import vn.diemtua.reference.Unit;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A unit's report for a month as it finally stands (the values that should end up current in
 * {@code commune_month}), with the date it was first sent.
 */
public record Submission(Unit unit, UnitType type, YearMonth month, LocalDate sentOn, Values values) {
    /** Sent after the 5th of the next month (SPEC section 5, reporting rates). */
    public boolean late() {
        return sentOn.isAfter(month.plusMonths(1).atDay(5));
    }
}
