package vn.diemtua.ingest.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a cell's text to the form headers and row markers are compared in: NFC or NFD alike,
 * without diacritics (đ as d), lower case, punctuation and line breaks as single spaces. So
 * "MÃ XÃ", "Ma  xa", "Mã\nxã:" and the NFD "Mã xã" all fold to "ma xa".
 */
final class HeaderText {
    /** A unit or footnote in brackets at the end: "(vụ)", "[1]", "(*)". */
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]][\\s*.:,;]*$");
    /** Superscript footnote marks: "Mã xã¹". */
    private static final Pattern SUPERSCRIPTS = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeaderText() {
    }

    /** The folded text. One pass over the decomposed text: this runs on every text cell of a sheet. */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(SUPERSCRIPTS.matcher(text).replaceAll(""), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The folded text of a header cell, without a unit or footnote in brackets at its end. */
    static String foldHeader(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.indexOf(')') < 0 && t.indexOf(']') < 0) {
            return fold(t);
        }
        String shorter;
        while (!(shorter = TRAILING_BRACKETS.matcher(t).replaceFirst("")).equals(t) && !shorter.isBlank()) {
            t = shorter;
        }
        return fold(t);
    }

    /** NFC, lower case, single spaces: for markers that must keep their diacritics apart ("cộng" is not "công"). */
    static String lower(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** Whether the text has no letter outside ASCII, i.e. was typed without diacritics. */
    static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
