package vn.diemtua.generate;

import vn.diemtua.generate.draft.ProvinceMonth;
import vn.diemtua.generate.inject.InjectionContext;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A clean province-month batch and its injection context, for injector tests. */
public final class InjectionFixtures {
    private InjectionFixtures() {
    }

    private static final Map<String, ProvinceMonth> CLEAN = new ConcurrentHashMap<>();

    /** A fresh, clean batch (the model is drawn once per month and province). */
    public static ProvinceMonth batch(YearMonth month, String province) {
        ProvinceMonth clean = CLEAN.computeIfAbsent(month + "/" + province, k -> {
            Generator generator = new Generator(ReferenceData.bundled(),
                    GenerateFixtures.options(month, month, FormatOption.XLSX, 0, 0, province));
            return ProvinceMonth.of(province, generator.provincesOf(month).get(province), month,
                    generator.submissions(month));
        });
        ProvinceMonth copy = new ProvinceMonth(province, clean.provinceName(), month);
        clean.rows().forEach(r -> copy.rows().add(r.withValues(r.values(), r.sentOn())));
        return copy;
    }

    public static InjectionContext context(YearMonth month) {
        ReferenceData data = ReferenceData.bundled();
        LocalDate day = month.atDay(1);
        List<Unit> ofMonth = data.units().stream().filter(u -> u.validIn(day)).toList();
        List<Unit> former = data.units().stream().filter(u -> u.validFrom() == null).toList();
        return new InjectionContext(ofMonth, former, data.directory());
    }
}
