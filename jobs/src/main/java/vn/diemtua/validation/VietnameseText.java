package vn.diemtua.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisations for comparing what people type in Vietnamese. */
public final class VietnameseText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The five tone marks (huyền, sắc, ngã, hỏi, nặng); circumflex, breve and horn are letters, not tones. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseText() {
    }

    /** Trims and turns every run of white space (no-break spaces included) into one space. */
    public static String collapseSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Lower case, spaces collapsed, no diacritics at all, đ as d: {@code "Tháng  10"} → {@code "thang 10"}. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return collapseSpaces(bare.toLowerCase(Locale.ROOT));
    }

    /**
     * NFC, lower case, spaces collapsed, and the tone mark of each word moved to one place, so that
     * the old and the new placement ({@code Hoà}/{@code Hòa}, {@code Thuỷ}/{@code Thủy}) compare equal
     * while different letters ({@code Phố}/{@code Phó}) still differ.
     */
    public static String comparable(String text) {
        String lower = collapseSpaces(text.toLowerCase(Locale.ROOT));
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones.append(c);
            } else if (c == ' ') {
                out.append(tones).append(c);
                tones.setLength(0);
            } else {
                out.append(c);
            }
        }
        out.append(tones);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** True if the text has no letter outside ASCII (typed without diacritics). */
    public static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }
}
