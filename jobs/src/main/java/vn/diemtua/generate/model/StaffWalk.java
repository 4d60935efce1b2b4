package vn.diemtua.generate.model;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * A staff count that stays near its usual value: each month it moves by one with a small chance,
 * back towards the usual value when away from it. The value of a month is found by walking from a
 * fixed start, so it does not depend on which months are generated.
 */
final class StaffWalk {
    private static final double MOVE_CHANCE = 0.04;

    private StaffWalk() {
    }

    static long at(long seed, String streamId, String series, int usual, int floor, YearMonth start, YearMonth month) {
        long value = Math.max(usual, floor);
        for (YearMonth m = start; !m.isAfter(month); m = m.plusMonths(1)) {
            SplittableRandom rng = Rng.of(seed, "staff", series, streamId, m);
            if (rng.nextDouble() >= MOVE_CHANCE) {
                continue;
            }
            long step = value > usual ? -1 : value < usual ? 1 : (rng.nextBoolean() ? 1 : -1);
            value = Math.max(floor, value + step);
        }
        return value;
    }
}
