package vn.diemtua.generate.model;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Deterministic random streams. Every draw comes from a stream named by the seed, a purpose and
 * the things it is about (unit code, month, …), never from a shared sequence, so a value does not
 * depend on what else is generated, in which order or on how many threads.
 */
public final class Rng {
    private Rng() {
    }

    /** A fresh stream for {@code purpose} and {@code parts} (strings, numbers, months, enums). */
    public static SplittableRandom of(long seed, String purpose, Object... parts) {
        long h = mix(seed, text(purpose));
        for (Object part : parts) {
            h = mix(h, part(part));
        }
        return new SplittableRandom(h);
    }

    private static long part(Object part) {
        if (part instanceof Number n) {
            return n.longValue();
        }
        if (part instanceof YearMonth m) {
            return m.getYear() * 12L + m.getMonthValue();
        }
        if (part instanceof Enum<?> e) {
            return text(e.getDeclaringClass().getName() + "." + e.name());
        }
        return text(String.valueOf(part));
    }

    /** FNV-1a over UTF-16 code units: stable across runs and JVMs, unlike identity hashes. */
    private static long text(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser over the combined value. */
    private static long mix(long h, long v) {
        long z = h ^ (v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
