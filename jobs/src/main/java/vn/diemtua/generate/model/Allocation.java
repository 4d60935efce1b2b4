package vn.diemtua.generate.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Shares a total out among units in proportion to weights (a multinomial draw). */
final class Allocation {
    private Allocation() {
    }

    static int[] multinomial(SplittableRandom rng, double[] weights, long total) {
        int[] counts = new int[weights.length];
        if (weights.length == 0 || total <= 0) {
            return counts;
        }
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (long n = 0; n < total; n++) {
            double u = rng.nextDouble() * sum;
            int i = Arrays.binarySearch(cumulative, u);
            i = i >= 0 ? i + 1 : -i - 1;
            counts[Math.min(i, weights.length - 1)]++;
        }
        return counts;
    }
}
