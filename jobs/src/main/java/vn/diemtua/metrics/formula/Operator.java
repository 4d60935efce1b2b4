package vn.diemtua.metrics.formula;

/** The infix operators, with their spreadsheet spelling. */
public enum Operator {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"),
    EQUAL("="), NOT_EQUAL("<>"), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isComparison() {
        return ordinal() >= EQUAL.ordinal();
    }

    /** Whether the comparison also holds for equal values ({@code >=}, {@code <=}, {@code =}). */
    public boolean includesEqual() {
        return this == EQUAL || this == LESS_EQUAL || this == GREATER_EQUAL;
    }
}
