package vn.diemtua.generate;

import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.generate.model.UnitType;
import vn.diemtua.generate.write.OutputSink;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Small generator runs for tests, written to memory. */
public final class GenerateFixtures {
    /** Bạc Liêu: 64 units in 7 districts before 2025-07. */
    public static final String SMALL_PROVINCE = "95";
    /** Lai Châu: 38 units from 2025-07. */
    public static final String SMALL_PROVINCE_2025 = "12";

    private GenerateFixtures() {
    }

    public static GenerateOptions options(YearMonth from, YearMonth to, FormatOption format, double quirkRate,
                                          double errorRate, String... provinces) {
        return new GenerateOptions(from, to, Set.of(provinces), EnumSet.allOf(UnitType.class), format,
                EncodingOption.MIXED, Layout.PROVINCE_MONTH, ModelSettings.DEFAULT_SEED, quirkRate, errorRate,
                ModelSettings.DEFAULT_REPORTING_RATE, ModelSettings.DEFAULT_LATE_RATE, 2);
    }

    /** Every file of a run, by relative path. */
    public static Map<String, byte[]> run(GenerateOptions options) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        OutputSink sink = (path, content) -> {
            synchronized (files) {
                files.put(path, content);
            }
        };
        new Generator(vn.diemtua.reference.ReferenceData.bundled(), options).run(sink, (m, d, t, f, r, e) -> {
        });
        return files;
    }
}
