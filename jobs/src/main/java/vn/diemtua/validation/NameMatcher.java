package vn.diemtua.validation;

import vn.diemtua.reference.Unit;

import java.util.List;
import java.util.stream.Stream;

/**
 * Whether the name a row gives ({@code ten_xa}) names its unit, only to warn: compared after NFC,
 * case folding, whitespace collapsing and one tone-mark placement ({@link VietnameseText#comparable}),
 * with or without the unit-type prefix (Xã, Phường, Thị trấn, Đặc khu, or X., P., TT.). A name typed
 * entirely without diacritics is compared without diacritics.
 */
public final class NameMatcher {
    private static final List<String> PREFIXES = Stream.of("thị trấn", "đặc khu", "phường", "xã", "tt.", "p.", "x.")
            .map(VietnameseText::comparable).toList();
    private static final List<String> ASCII_PREFIXES = List.of("thi tran", "dac khu", "phuong", "xa", "tt.", "p.", "x.");

    private NameMatcher() {
    }

    /** True if the name is blank (nothing to check) or names the unit. */
    public static boolean matches(String given, Unit unit) {
        if (given == null || given.isBlank()) {
            return true;
        }
        if (VietnameseText.isAscii(given)) {
            return same(VietnameseText.fold(given), VietnameseText.fold(unit.fullName()), ASCII_PREFIXES);
        }
        return same(VietnameseText.comparable(given), VietnameseText.comparable(unit.fullName()), PREFIXES);
    }

    private static boolean same(String given, String official, List<String> prefixes) {
        return given.equals(official) || withoutPrefix(given, prefixes).equals(withoutPrefix(official, prefixes));
    }

    private static String withoutPrefix(String name, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix) && (prefix.endsWith(".") || name.startsWith(prefix + " "))) {
                return name.substring(prefix.length()).strip();
            }
        }
        return name;
    }
}
