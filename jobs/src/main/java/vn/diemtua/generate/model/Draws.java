package vn.diemtua.generate.model;

import java.util.SplittableRandom;

/**
 * Samplers for small counts, written out rather than taken from the JDK so that the same seed gives
 * the same numbers on every Java version.
 */
public final class Draws {
    private Draws() {
    }

    /** Poisson by inversion; the means here are small (well under 30). */
    public static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = rng.nextDouble();
        int k = 0;
        while (u > cumulative && k < 1_000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /** Binomial as a sum of Bernoulli trials; n is a unit's monthly count, so small. */
    public static int binomial(SplittableRandom rng, long n, double p) {
        int k = 0;
        for (long i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** Standard normal by Box–Muller. */
    public static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** A log-normal factor with mean 1 and the given spread. */
    public static double factor(SplittableRandom rng, double sigma) {
        return Math.exp(sigma * gaussian(rng) - sigma * sigma / 2.0);
    }

    /** An integer in [from, to], both inclusive. */
    public static int between(SplittableRandom rng, int from, int to) {
        return from + rng.nextInt(to - from + 1);
    }
}
