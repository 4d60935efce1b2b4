package vn.diemtua.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;

/**
 * How numbers and months are written for readers: Vietnamese {@code 22.345}, {@code 78,5%},
 * {@code 9/2023}; English {@code 22,345}, {@code 78.5%}. Symbols are fixed here rather than taken
 * from the JVM's locale data, which differs between Java versions and machines.
 */
public final class Formats {
    public static final Formats VI = new Formats('.', ',');
    public static final Formats EN = new Formats(',', '.');

    private final char grouping;
    private final char decimal;

    private Formats(char grouping, char decimal) {
        this.grouping = grouping;
        this.decimal = decimal;
    }

    public static Formats of(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? VI : EN;
    }

    private DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setPercent('%');
        symbols.setMinusSign('-');
        return symbols;
    }

    /** Whole numbers with digit grouping: a new instance, as formats are not thread-safe. */
    public NumberFormat countFormat() {
        return new DecimalFormat("#,##0", symbols());
    }

    /** A ratio (0.785) as a percentage with the given decimals ({@code 78,5%}). */
    public NumberFormat percentFormat(int decimals) {
        return new DecimalFormat(decimals == 0 ? "#,##0%" : "#,##0." + "0".repeat(decimals) + "%", symbols());
    }

    public String count(double value) {
        return countFormat().format(Math.round(value));
    }

    public String percent(double ratio) {
        return percentFormat(1).format(ratio);
    }

    /** A relative change with its sign: {@code +5,2%}, {@code -1,3%}. */
    public String signedPercent(double ratio) {
        if (isZero(ratio)) {
            return percent(0);
        }
        return (ratio > 0 ? "+" : "-") + percent(Math.abs(ratio));
    }

    /** Whether a ratio shows as 0,0% at one decimal. */
    public static boolean isZero(double ratio) {
        return Math.abs(ratio) < 0.0005;
    }

    /** A number with up to one decimal ({@code 3,5}). */
    public String decimal(double value) {
        return new DecimalFormat("#,##0.#", symbols()).format(value);
    }

    /** A month as readers write it: {@code 9/2023}. */
    public String month(YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }
}
