package vn.diemtua.ingest.read;

import vn.diemtua.model.SubmissionKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a candidate header row names. Where several columns name one key, a column that
 * says a wording exactly beats one that only begins with it ("Mã xã" beats "Mã xã cũ"); two
 * columns equally good for one key are a genuine duplicate, listed in {@link #duplicates()}.
 */
final class HeaderLayout {
    /** A key named by more than one equally good column (0-based columns). */
    record Duplicate(SubmissionKey key, List<Integer> columns) {
    }

    private final Map<SubmissionKey, Integer> columns;
    private final List<Duplicate> duplicates;

    private HeaderLayout(Map<SubmissionKey, Integer> columns, List<Duplicate> duplicates) {
        this.columns = columns;
        this.duplicates = duplicates;
    }

    static HeaderLayout of(List<RawCell> cells) {
        Map<SubmissionKey, List<Integer>> exact = new EnumMap<>(SubmissionKey.class);
        Map<SubmissionKey, List<Integer>> prefix = new EnumMap<>(SubmissionKey.class);
        for (int col = 0; col < cells.size(); col++) {
            RawCell cell = cells.get(col);
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            int column = col;
            HeaderMatcher.match(cell.text()).ifPresent(m ->
                    (m.exact() ? exact : prefix).computeIfAbsent(m.key(), k -> new ArrayList<>()).add(column));
        }
        Map<SubmissionKey, Integer> columns = new EnumMap<>(SubmissionKey.class);
        List<Duplicate> duplicates = new ArrayList<>();
        for (SubmissionKey key : SubmissionKey.values()) {
            List<Integer> best = exact.containsKey(key) ? exact.get(key) : prefix.get(key);
            if (best == null) {
                continue;
            }
            columns.put(key, best.get(0));
            if (best.size() > 1) {
                duplicates.add(new Duplicate(key, List.copyOf(best)));
            }
        }
        return new HeaderLayout(Collections.unmodifiableMap(columns), List.copyOf(duplicates));
    }

    /** A header names the unit code and at least one other key. */
    boolean isHeader() {
        return columns.containsKey(SubmissionKey.MA_XA) && columns.size() >= 2;
    }

    int keyCount() {
        return columns.size();
    }

    /** Column (0-based) of each key found, in key order. */
    Map<SubmissionKey, Integer> columns() {
        return columns;
    }

    List<Duplicate> duplicates() {
        return duplicates;
    }

    /** The leftmost column holding a count, or {@code Integer.MAX_VALUE}: totals are labelled left of it. */
    int firstCountColumn() {
        return columns.entrySet().stream().filter(e -> e.getKey().kind().isCount())
                .mapToInt(Map.Entry::getValue).min().orElse(Integer.MAX_VALUE);
    }
}
