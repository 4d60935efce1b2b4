package vn.diemtua.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a code to the unit it names in a given month. A code may name different units before
 * and after {@link ReferenceData#REORGANISATION}, so a code alone is never enough.
 */
public final class UnitDirectory implements Serializable {
    private final Map<String, List<Unit>> byCode = new HashMap<>();
    private final Map<String, String> aliasToOfficial = new HashMap<>();

    UnitDirectory(List<Unit> units, List<ReferenceData.Alias> aliases) {
        for (Unit unit : units) {
            byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
        }
        for (ReferenceData.Alias alias : aliases) {
            aliasToOfficial.put(alias.aliasCode(), alias.officialCode());
        }
    }

    /** The unit a code names in the month, or empty if none. */
    public Optional<Unit> resolve(String code, LocalDate month) {
        List<Unit> candidates = byCode.get(code);
        if (candidates == null) {
            return Optional.empty();
        }
        return candidates.stream().filter(u -> u.validIn(month)).findFirst();
    }

    /**
     * The official code for an alias valid in the month (aliases belong to the post-2025 list and
     * apply only where the code names no unit itself in that month), else empty.
     */
    public Optional<String> officialCodeOfAlias(String code, LocalDate month) {
        if (month.isBefore(ReferenceData.REORGANISATION) || resolve(code, month).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(aliasToOfficial.get(code));
    }

    /** The units valid in a month, e.g. to count the units expected to report. */
    public List<Unit> unitsValidIn(LocalDate month) {
        return byCode.values().stream().flatMap(List::stream).filter(u -> u.validIn(month)).toList();
    }
}
