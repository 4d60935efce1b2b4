package vn.diemtua.report;

/**
 * Target operators of the catalog ({@code >}, {@code >=}, {@code <}, {@code <=}, {@code =}):
 * whether a value meets a target, and the message key that says the target in words.
 */
public final class Targets {
    private Targets() {
    }

    public static boolean meets(String operator, double value, double target) {
        return switch (normalise(operator)) {
            case ">" -> value > target;
            case ">=" -> value >= target;
            case "<" -> value < target;
            case "<=" -> value <= target;
            default -> value == target;
        };
    }

    /** The key of {@code target.*} in the report's messages. */
    static String messageKey(String operator) {
        return switch (normalise(operator)) {
            case ">" -> "target.gt";
            case ">=" -> "target.ge";
            case "<" -> "target.lt";
            case "<=" -> "target.le";
            default -> "target.eq";
        };
    }

    private static String normalise(String operator) {
        String op = operator == null ? "" : operator.strip().replace("≥", ">=").replace("≤", "<=").replace("==", "=");
        return switch (op) {
            case ">", ">=", "<", "<=", "=" -> op;
            default -> throw new IllegalArgumentException("Unknown target operator '" + operator
                    + "': the catalog's targets use >, >=, <, <= or =");
        };
    }
}
