package vn.diemtua.metrics;

import org.apache.spark.sql.Column;
import vn.diemtua.metrics.catalog.Target;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_divide;

/**
 * How a value compares with a target. Attainment is value / target for "at least" targets and
 * target / value for "at most" targets (1 = exactly on target); the gap is what remains to reach
 * the target in the metric's unit, positive while it is not reached.
 */
final class TargetColumns {
    private TargetColumns() {
    }

    static Column met(Column value, Target target) {
        Column t = lit(target.value());
        return switch (target.operator()) {
            case GREATER -> value.gt(t);
            case GREATER_EQUAL -> value.geq(t);
            case LESS -> value.lt(t);
            case LESS_EQUAL -> value.leq(t);
            default -> throw new IllegalArgumentException("unsupported target operator " + target.operator());
        };
    }

    static Column attainment(Column value, Target target) {
        return target.upward() ? try_divide(value, lit(target.value())) : try_divide(lit(target.value()), value);
    }

    static Column gap(Column value, Target target) {
        return target.upward() ? lit(target.value()).minus(value) : value.minus(lit(target.value()));
    }
}
