package vn.diemtua.metrics.formula;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The functions a formula may call, with how many arguments each takes and where it may stand. */
enum FormulaFunction {
    SUM(Role.AGGREGATE, 1, 1),
    COUNT(Role.AGGREGATE, 1, 1),
    COUNTIF(Role.AGGREGATE, 1, 1),
    AVG(Role.AGGREGATE, 1, 1),
    MIN(Role.AGGREGATE, 1, 1),
    MAX(Role.AGGREGATE, 1, 1),
    LAST(Role.AGGREGATE, 1, 1),
    EXPECTED(Role.AGGREGATE, 0, 0),
    IF(Role.SCALAR, 3, 3),
    AND(Role.SCALAR, 1, Integer.MAX_VALUE),
    OR(Role.SCALAR, 1, Integer.MAX_VALUE),
    NOT(Role.SCALAR, 1, 1),
    ON_TIME(Role.ROW, 0, 0);

    /** Aggregates stand outside row expressions; row functions only inside them; scalars anywhere. */
    enum Role { AGGREGATE, SCALAR, ROW }

    final Role role;
    final int minArgs;
    final int maxArgs;

    FormulaFunction(Role role, int minArgs, int maxArgs) {
        this.role = role;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    static Optional<FormulaFunction> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Throws unless the call has an allowed number of arguments. */
    void checkArity(Node.Call call) {
        int n = call.args().size();
        if (n < minArgs || n > maxArgs) {
            String expected = maxArgs == Integer.MAX_VALUE ? "≥ " + minArgs : Integer.toString(minArgs);
            throw new FormulaException(call.position(), "formula.arity", name(), expected, n);
        }
    }
}
