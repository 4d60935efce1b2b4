package vn.diemtua.report;

import vn.diemtua.charts.Formats;

/**
 * Counts as the ministry's reports say them: to the nearest thousand with "hơn" (more than) when
 * the count is above the rounded figure and "gần" (nearly) when below — 22,345 is "hơn 22 nghìn",
 * 33,800 is "gần 34 nghìn" — an exact thousand plainly ("22 nghìn"), and below a thousand the
 * exact number ("845"). Halves round up (22,500 is "gần 23 nghìn").
 */
public final class HeadlineNumbers {
    private HeadlineNumbers() {
    }

    /** How a count relates to its rounded figure. */
    public enum Qualifier { EXACT, MORE_THAN, NEARLY }

    /**
     * A count rounded for a headline.
     *
     * @param qualifier how the count relates to {@code figure}
     * @param figure    the number said: thousands if {@code thousands}, else the count itself
     */
    public record Headline(Qualifier qualifier, long figure, boolean thousands) {
        public String vi() {
            return say(Formats.VI, "hơn ", "gần ", " nghìn");
        }

        public String en() {
            return say(Formats.EN, "more than ", "nearly ", " thousand");
        }

        private String say(Formats formats, String moreThan, String nearly, String thousandWord) {
            String number = formats.count(figure) + (thousands ? thousandWord : "");
            return switch (qualifier) {
                case EXACT -> number;
                case MORE_THAN -> moreThan + number;
                case NEARLY -> nearly + number;
            };
        }
    }

    /** Rounds a count (a whole number; a fraction from a re-based figure is rounded first). */
    public static Headline of(double count) {
        if (!(count >= 0) || Double.isInfinite(count)) {
            throw new IllegalArgumentException("A headline count must be a non-negative number, got " + count);
        }
        long exact = Math.round(count);
        if (exact < 1000) {
            return new Headline(Qualifier.EXACT, exact, false);
        }
        long thousands = (exact + 500) / 1000;
        long rounded = thousands * 1000;
        Qualifier qualifier = exact > rounded ? Qualifier.MORE_THAN
                : exact < rounded ? Qualifier.NEARLY : Qualifier.EXACT;
        return new Headline(qualifier, thousands, true);
    }
}
