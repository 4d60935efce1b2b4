package vn.diemtua.generate.inject;

import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.Expected;
import vn.diemtua.generate.draft.ProvinceMonth;
import vn.diemtua.generate.model.Draws;
import vn.diemtua.generate.model.Values;

import java.util.SplittableRandom;

/** A row sent again later, in the province's supplement, with a later sending date. */
final class Resend {
    private Resend() {
    }

    static DataRow later(DataRow row, Values values, ProvinceMonth batch, SplittableRandom rng, String id) {
        DataRow resent = row.withValues(values, row.sentOn().plusDays(Draws.between(rng, 3, 25)));
        resent.inject(id, Expected.ACCEPT);
        batch.supplement().add(resent);
        return resent;
    }

    /** The row's final values, sent again after the first sending was rejected. */
    static void correction(DataRow row, ProvinceMonth batch, SplittableRandom rng) {
        later(row, row.values(), batch, rng, "correction");
    }
}
