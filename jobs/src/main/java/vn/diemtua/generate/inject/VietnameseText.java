package vn.diemtua.generate.inject;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ways the same Vietnamese words get written differently. */
public final class VietnameseText {
    public static final Locale VI = Locale.forLanguageTag("vi");

    /** Tone on the first or the second vowel of a final oa/oe/uy: "Hòa"/"Hoà", "Thủy"/"Thuỷ". */
    private static final Map<String, String> TONE_PLACEMENT = Map.ofEntries(
            Map.entry("òa", "oà"), Map.entry("óa", "oá"), Map.entry("ỏa", "oả"), Map.entry("õa", "oã"), Map.entry("ọa", "oạ"),
            Map.entry("òe", "oè"), Map.entry("óe", "oé"), Map.entry("ỏe", "oẻ"), Map.entry("õe", "oẽ"), Map.entry("ọe", "oẹ"),
            Map.entry("ùy", "uỳ"), Map.entry("úy", "uý"), Map.entry("ủy", "uỷ"), Map.entry("ũy", "uỹ"), Map.entry("ụy", "uỵ"));
    private static final Pattern FINAL_PAIR;

    static {
        StringBuilder alternatives = new StringBuilder();
        TONE_PLACEMENT.forEach((a, b) -> alternatives.append(alternatives.isEmpty() ? "" : "|").append(a).append('|').append(b));
        FINAL_PAIR = Pattern.compile("(" + alternatives + ")(?!\\p{L})");
    }

    private VietnameseText() {
    }

    public static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** "Số vụ ma túy" as "So vu ma tuy". */
    public static String withoutDiacritics(String text) {
        return nfd(text).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    public static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** The other tone placement of every final oa, oe, uy; the text unchanged if it has none. */
    public static String otherTonePlacement(String text) {
        Matcher m = FINAL_PAIR.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String pair = m.group(1);
            String swapped = TONE_PLACEMENT.get(pair);
            if (swapped == null) {
                swapped = TONE_PLACEMENT.entrySet().stream().filter(e -> e.getValue().equals(pair))
                        .map(Map.Entry::getKey).findFirst().orElse(pair);
            }
            m.appendReplacement(out, swapped);
        }
        m.appendTail(out);
        return out.toString();
    }
}
