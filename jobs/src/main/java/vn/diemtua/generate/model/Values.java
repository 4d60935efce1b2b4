package vn.diemtua.generate.model;

import vn.diemtua.model.HeadquartersStatus;
import vn.diemtua.model.SubmissionKey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One version of a unit-month's reported values, typed: counts, headquarters status, barracks flag. */
public record Values(Map<SubmissionKey, Long> counts, HeadquartersStatus headquarters, boolean barracks) {
    public Values {
        for (SubmissionKey key : SubmissionKey.counts()) {
            if (!counts.containsKey(key)) {
                throw new IllegalArgumentException("Missing count " + key.key());
            }
        }
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public long count(SubmissionKey key) {
        if (!key.kind().isCount()) {
            throw new IllegalArgumentException(key.key() + " is not a count");
        }
        return counts.get(key);
    }

    /** A copy with one count changed. */
    public Values withCount(SubmissionKey key, long value) {
        if (!key.kind().isCount()) {
            throw new IllegalArgumentException(key.key() + " is not a count");
        }
        EnumMap<SubmissionKey, Long> changed = new EnumMap<>(counts);
        changed.put(key, value);
        return new Values(changed, headquarters, barracks);
    }
}
