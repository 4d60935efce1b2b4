package vn.diemtua.metrics.job;

import org.apache.spark.sql.Column;
import vn.diemtua.metrics.Months;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;

/**
 * A set of reporting months: what a run recomputes. Knows the Spark filter and the Delta
 * {@code replaceWhere} predicate for its months (built from months the program computed, never
 * from user text), and how to print itself as ranges.
 */
final class MonthSet {
    private final SortedSet<YearMonth> months;

    MonthSet(Collection<YearMonth> months) {
        this.months = new TreeSet<>(months);
    }

    static MonthSet range(YearMonth first, YearMonth last) {
        List<YearMonth> all = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            all.add(m);
        }
        return new MonthSet(all);
    }

    /** Each month and the {@code after} months following it, within {@code [first, last]}. */
    MonthSet withFollowing(int after, YearMonth first, YearMonth last) {
        TreeSet<YearMonth> out = new TreeSet<>();
        for (YearMonth m : months) {
            for (int i = 0; i <= after; i++) {
                YearMonth next = m.plusMonths(i);
                if (!next.isBefore(first) && !next.isAfter(last)) {
                    out.add(next);
                }
            }
        }
        return new MonthSet(out);
    }

    boolean isEmpty() {
        return months.isEmpty();
    }

    int size() {
        return months.size();
    }

    YearMonth first() {
        return months.first();
    }

    YearMonth last() {
        return months.last();
    }

    /** True for rows whose {@code column} is one of the months. */
    Column contains(String column) {
        return col(column).isin(months.stream().map(m -> java.sql.Date.valueOf(m.atDay(1))).toArray());
    }

    /** The same condition as a SQL predicate for Delta's replaceWhere. */
    String predicate(String column) {
        return column + " IN (" + months.stream().map(m -> "DATE'" + m.atDay(1) + "'").collect(Collectors.joining(", ")) + ")";
    }

    /** E.g. {@code 2023-03…2024-03, 2024-09}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        YearMonth start = null;
        YearMonth previous = null;
        for (YearMonth m : months) {
            if (start == null) {
                start = m;
            } else if (!m.equals(previous.plusMonths(1))) {
                parts.add(start.equals(previous) ? start.toString() : start + "…" + previous);
                start = m;
            }
            previous = m;
        }
        if (start != null) {
            parts.add(start.equals(previous) ? start.toString() : start + "…" + previous);
        }
        return String.join(", ", parts);
    }

    /** The months as first-of-month column literals, for {@link Months}-style filters. */
    List<YearMonth> months() {
        return List.copyOf(months);
    }
}
