package vn.diemtua.generate;

import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.generate.model.UnitType;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to generate.
 *
 * @param provinces 2-digit province codes; empty for all
 * @param threads   files drafted and written in parallel
 */
public record GenerateOptions(YearMonth from, YearMonth to, Set<String> provinces, Set<UnitType> unitTypes,
                              FormatOption format, EncodingOption csvEncoding, Layout layout, long seed,
                              double quirkRate, double errorRate, double reportingRate, double lateRate, int threads) {
    public static final double DEFAULT_QUIRK_RATE = 0.03;
    public static final double DEFAULT_ERROR_RATE = 0.002;

    public GenerateOptions {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        for (double rate : new double[]{quirkRate, errorRate, reportingRate, lateRate}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("Rates must be between 0 and 1, got " + rate);
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        provinces = Set.copyOf(provinces);
        unitTypes = unitTypes.isEmpty() ? EnumSet.allOf(UnitType.class) : EnumSet.copyOf(unitTypes);
    }

    /** The defaults of the command line for a range: every province and unit type, both formats. */
    public static GenerateOptions defaults(YearMonth from, YearMonth to) {
        return new GenerateOptions(from, to, Set.of(), EnumSet.allOf(UnitType.class), FormatOption.BOTH,
                EncodingOption.MIXED, Layout.PROVINCE_MONTH, ModelSettings.DEFAULT_SEED, DEFAULT_QUIRK_RATE,
                DEFAULT_ERROR_RATE, ModelSettings.DEFAULT_REPORTING_RATE, ModelSettings.DEFAULT_LATE_RATE,
                defaultThreads());
    }

    /** The machine's cores, at most 4: generation is light, and shares the machine. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public ModelSettings modelSettings() {
        return new ModelSettings(seed, reportingRate, lateRate);
    }

    public boolean wantsProvince(String code) {
        return provinces.isEmpty() || provinces.contains(code);
    }
}
