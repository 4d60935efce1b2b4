package vn.diemtua.generate.inject;

import vn.diemtua.generate.draft.FileDraft;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** A habit of whoever made a file, applied to the whole file. */
public interface FileQuirk {
    /** Stable name, used in the manifest and the documentation. */
    String id();

    /** Whether the quirk makes sense for this file (e.g. a separator only for a CSV). */
    boolean appliesTo(FileDraft file);

    void apply(FileDraft file, SplittableRandom rng);

    static FileQuirk of(String id, Predicate<FileDraft> appliesTo, BiConsumer<FileDraft, SplittableRandom> action) {
        return new FileQuirk() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public boolean appliesTo(FileDraft file) {
                return appliesTo.test(file);
            }

            @Override
            public void apply(FileDraft file, SplittableRandom rng) {
                action.accept(file, rng);
            }
        };
    }
}
