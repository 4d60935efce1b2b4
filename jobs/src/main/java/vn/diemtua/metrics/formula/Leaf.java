package vn.diemtua.metrics.formula;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

import java.util.Objects;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * An aggregate of a formula, e.g. {@code SUM(toi_pham_lam_ro)}: computed per unit and month, it
 * adds up (or takes the min/max) over units, and over months by its {@link LeafKind}. A metric is
 * an arithmetic expression over leaves, so any window is a recombination of monthly leaves.
 * Two leaves are equal when they mean the same, whichever formula they come from.
 */
public final class Leaf {
    /** The unit-month frame column that holds 1 when the unit was expected to report that month. */
    public static final String EXPECTED_COLUMN = "expected_units";
    /**
     * The unit-month frame column that is true when the unit reported that month. Rows of units that
     * were expected but did not report contribute nothing but {@code EXPECTED()}, whatever the formula.
     */
    public static final String REPORTED_COLUMN = "reported";
    /**
     * Row values that may be fractional are summed as exact decimals (whole ones as BIGINT), so a
     * total never depends on the order Spark adds rows in.
     */
    public static final DecimalType EXACT = DataTypes.createDecimalType(38, 9);

    private final Aggregation aggregation;
    private final LeafKind kind;
    private final Node argument;
    private final String canonical;

    Leaf(Aggregation aggregation, LeafKind kind, Node argument) {
        this.aggregation = aggregation;
        this.kind = kind;
        this.argument = argument;
        this.canonical = aggregation + "(" + (argument == null ? "" : argument.canonical()) + ")"
                + (kind == LeafKind.STOCK ? "@last" : "");
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    public LeafKind kind() {
        return kind;
    }

    /** E.g. {@code SUM(toi_pham_lam_ro)}, {@code COUNT(tru_so)@last}. */
    public String canonical() {
        return canonical;
    }

    /**
     * The leaf's value for one row of the unit-month frame (commune_month columns plus
     * {@link #EXPECTED_COLUMN} and {@link #REPORTED_COLUMN}), before it is combined over units: the
     * value itself for SUM/MIN/MAX (null when not reported), 1 or 0 for COUNT/COUNTIF; BIGINT when
     * always whole, else {@link #EXACT}.
     */
    public Column rowValue() {
        Column reported = col(REPORTED_COLUMN);
        return switch (aggregation) {
            case SUM, MIN, MAX -> {
                Typed value = RowCompiler.compile(argument);
                yield when(reported, value.column().cast(value.whole() ? DataTypes.LongType : EXACT));
            }
            case COUNT -> when(reported.and(RowCompiler.compile(argument).column().isNotNull()), lit(1L)).otherwise(lit(0L));
            case COUNTIF -> when(reported.and(RowCompiler.compile(argument).column()), lit(1L)).otherwise(lit(0L));
            case EXPECTED -> col(EXPECTED_COLUMN).cast(DataTypes.LongType);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Leaf other && other.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return Objects.hash(canonical);
    }

    @Override
    public String toString() {
        return canonical;
    }
}
