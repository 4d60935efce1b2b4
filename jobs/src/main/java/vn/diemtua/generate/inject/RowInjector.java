package vn.diemtua.generate.inject;

import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.ProvinceMonth;

import java.util.SplittableRandom;

/** Something done to one row of a province's month: a quirk or an error. */
public interface RowInjector {
    /** Stable name, used in the manifest and the documentation. */
    String id();

    /**
     * @param row   a row of {@code batch.rows()} that nothing has touched yet
     * @param batch where rows may be added (after {@code row}, or to the later supplement)
     */
    void apply(DataRow row, ProvinceMonth batch, InjectionContext context, SplittableRandom rng);

    /** The action's parameters, in {@link #apply}'s order. */
    interface Action {
        void apply(DataRow row, ProvinceMonth batch, InjectionContext context, SplittableRandom rng);
    }

    static RowInjector of(String id, Action action) {
        return new RowInjector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void apply(DataRow row, ProvinceMonth batch, InjectionContext context, SplittableRandom rng) {
                action.apply(row, batch, context, rng);
            }
        };
    }
}
