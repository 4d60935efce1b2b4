package vn.diemtua.generate.inject;

import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.FileDraft;
import vn.diemtua.generate.draft.ProvinceMonth;
import vn.diemtua.generate.model.Rng;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Applies quirks and errors at the chosen rates: each first-sending row gets an error with
 * probability {@code errorRate}, else a row quirk with probability {@code quirkRate} (at most one of
 * either); each file takes each of its habits with probability {@code quirkRate}.
 */
public final class Injector {
    private final long seed;
    private final double quirkRate;
    private final double errorRate;

    public Injector(long seed, double quirkRate, double errorRate) {
        if (quirkRate < 0 || quirkRate > 1 || errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("Rates must be between 0 and 1");
        }
        this.seed = seed;
        this.quirkRate = quirkRate;
        this.errorRate = errorRate;
    }

    public void injectRows(ProvinceMonth batch, InjectionContext context) {
        SplittableRandom rng = Rng.of(seed, "row-injections", batch.provinceCode(), batch.month());
        for (DataRow row : List.copyOf(batch.rows())) {
            if (rng.nextDouble() < errorRate) {
                RowErrors.ALL.get(rng.nextInt(RowErrors.ALL.size())).apply(row, batch, context, rng);
            } else if (rng.nextDouble() < quirkRate) {
                RowQuirks.ALL.get(rng.nextInt(RowQuirks.ALL.size())).apply(row, batch, context, rng);
            }
        }
    }

    public void injectFile(FileDraft file) {
        SplittableRandom rng = Rng.of(seed, "file-quirks", file.path());
        for (FileQuirk quirk : FileQuirks.ALL) {
            // Drawn for every quirk, so that a file's choices do not shift with its format.
            boolean chosen = rng.nextDouble() < quirkRate;
            if (chosen && quirk.appliesTo(file)) {
                quirk.apply(file, rng);
                file.quirk(quirk.id());
            }
        }
    }
}
