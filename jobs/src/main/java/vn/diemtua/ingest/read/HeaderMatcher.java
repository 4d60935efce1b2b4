package vn.diemtua.ingest.read;

import vn.diemtua.model.SubmissionKey;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which key a header cell names. A cell names a key when its folded text (see {@link HeaderText})
 * equals one of the key's wordings or its canonical key ({@code ma_xa}), or, failing that, begins
 * with a wording followed by more words ("Số vụ ma túy trong tháng"); then the longest wording
 * wins, so one cell never names two keys.
 */
final class HeaderMatcher {
    /** A cell's key, and whether the cell said exactly a wording or only began with one. */
    record Match(SubmissionKey key, boolean exact) {
    }

    private static final Map<String, SubmissionKey> WORDINGS = wordings();
    /** The wordings by their first word, longest first, so the first prefix found is the longest. */
    private static final Map<String, List<String>> BY_FIRST_WORD = WORDINGS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.groupingBy(HeaderMatcher::firstWord, Collectors.toList()));

    private HeaderMatcher() {
    }

    static Optional<Match> match(String cellText) {
        if (cellText == null || cellText.chars().noneMatch(Character::isLetter)) {
            return Optional.empty(); // numbers and dates: most cells of a sheet, never a header
        }
        String folded = HeaderText.foldHeader(cellText);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        SubmissionKey exact = WORDINGS.get(folded);
        if (exact != null) {
            return Optional.of(new Match(exact, true));
        }
        return BY_FIRST_WORD.getOrDefault(firstWord(folded), List.of()).stream()
                .filter(w -> folded.length() > w.length() && folded.startsWith(w) && folded.charAt(w.length()) == ' ')
                .findFirst()
                .map(w -> new Match(WORDINGS.get(w), false));
    }

    private static String firstWord(String folded) {
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    private static Map<String, SubmissionKey> wordings() {
        Map<String, SubmissionKey> map = new HashMap<>();
        for (SubmissionKey key : SubmissionKey.values()) {
            add(map, HeaderText.fold(key.key()), key);
            key.headers().forEach(h -> add(map, HeaderText.fold(h), key));
        }
        return Map.copyOf(map);
    }

    /** Two keys folding to the same wording would make headers ambiguous: refuse to start. */
    private static void add(Map<String, SubmissionKey> map, String folded, SubmissionKey key) {
        SubmissionKey before = map.putIfAbsent(folded, key);
        if (before != null && before != key) {
            throw new IllegalStateException("Header wording '" + folded + "' names both " + before + " and " + key);
        }
    }
}
