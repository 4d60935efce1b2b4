package vn.diemtua.generate.draft;

/** A count as a cell: a number, or text with thousands separators where a file groups digits. */
public final class CountText {
    private CountText() {
    }

    /** @param separator {@code .}, {@code ,} or a space; null to keep a plain number */
    public static Cell of(long value, String separator) {
        if (separator == null || Math.abs(value) < 1_000) {
            return Cell.number(value);
        }
        return Cell.text(grouped(value, separator));
    }

    /** {@code 1234567} with {@code .} is {@code 1.234.567}. */
    public static String grouped(long value, String separator) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }
}
