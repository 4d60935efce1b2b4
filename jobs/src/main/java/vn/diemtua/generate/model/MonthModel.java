package vn.diemtua.generate.model;

import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws every unit's report for one month, nationally: which units report, their flows (national
 * levels shared out by unit weight within each unit type), the flows that follow from those, their
 * stocks, and when they sent it. A month is drawn whole even when fewer provinces are written, so a
 * unit's values never depend on the options that select what to write.
 */
public final class MonthModel {
    private static final YearMonth GRASSROOTS_FORCE = YearMonth.of(2024, 7);
    private static final YearMonth STAFF_WALK_START = YearMonth.of(2021, 1);
    private static final YearMonth REORGANISED = YearMonth.from(ReferenceData.REORGANISATION);
    private static final double BACKLOG_CHANCE = 0.003;

    private static final Comparator<Unit> ORDER = Comparator.comparing(Unit::provinceCode)
            .thenComparing(u -> u.districtCode() == null ? "" : u.districtCode())
            .thenComparing(Unit::code);

    private final List<Unit> preUnits;
    private final List<Unit> postUnits;
    private final UnitProfiles profiles;
    private final FlowLevels levels;
    private final ModelSettings settings;
    private final Map<YearMonth, List<Unit>> unitsByMonth = new java.util.concurrent.ConcurrentHashMap<>();

    public MonthModel(ReferenceData data, UnitProfiles profiles, ModelSettings settings) {
        this.preUnits = data.units().stream().filter(u -> u.validFrom() == null).sorted(ORDER).toList();
        this.postUnits = data.units().stream().filter(u -> u.validFrom() != null).sorted(ORDER).toList();
        this.profiles = profiles;
        this.levels = new FlowLevels(settings.seed());
        this.settings = settings;
    }

    /** The units valid in the month, in province, district, code order. */
    public List<Unit> unitsOf(YearMonth month) {
        return unitsByMonth.computeIfAbsent(month, m -> {
            LocalDate day = m.atDay(1);
            return (m.isBefore(REORGANISED) ? preUnits : postUnits).stream().filter(u -> u.validIn(day)).toList();
        });
    }

    /** The reports of the month, in province, district, code order. */
    public List<Submission> generate(YearMonth month) {
        long seed = settings.seed();
        List<Unit> reporting = new ArrayList<>();
        for (Unit unit : unitsOf(month)) {
            UnitProfile profile = profiles.of(unit);
            if (profile.hasPolice()
                    && Rng.of(seed, "reports", profile.streamId(), month).nextDouble() < settings.reportingRate()) {
                reporting.add(unit);
            }
        }
        Map<Driver, long[]> drawn = new EnumMap<>(Driver.class);
        for (UnitType type : UnitType.values()) {
            int[] members = java.util.stream.IntStream.range(0, reporting.size())
                    .filter(i -> UnitType.of(reporting.get(i)) == type).toArray();
            allocate(month, type, reporting, members, drawn);
        }
        List<Submission> out = new ArrayList<>(reporting.size());
        for (int i = 0; i < reporting.size(); i++) {
            out.add(submission(month, reporting.get(i), i, drawn));
        }
        return out;
    }

    private void allocate(YearMonth month, UnitType type, List<Unit> reporting, int[] members,
                          Map<Driver, long[]> drawn) {
        double[] weights = new double[members.length];
        double weightSum = 0;
        for (int j = 0; j < members.length; j++) {
            weights[j] = profiles.of(reporting.get(members[j])).weight();
            weightSum += weights[j];
        }
        for (Driver driver : Driver.values()) {
            double[] shares = weights;
            if (driver == Driver.SUBJECTS) {
                // Subjects come from the month's cases, plus some from other work (wanted persons, …).
                long[] crimes = drawn.get(Driver.CRIMES);
                long[] violations = drawn.get(Driver.VIOLATIONS);
                shares = new double[members.length];
                for (int j = 0; j < members.length; j++) {
                    shares[j] = crimes[members[j]] + violations[members[j]] + 0.25 * weights[j];
                }
            }
            long total = Math.round(levels.monthlyRatePerWeight(driver, month) * weightSum);
            int[] counts = Allocation.multinomial(Rng.of(settings.seed(), "allocate", driver, type, month), shares, total);
            long[] all = drawn.computeIfAbsent(driver, d -> new long[reporting.size()]);
            for (int j = 0; j < members.length; j++) {
                all[members[j]] = counts[j];
            }
        }
    }

    private Submission submission(YearMonth month, Unit unit, int index, Map<Driver, long[]> drawn) {
        long seed = settings.seed();
        UnitProfile profile = profiles.of(unit);
        SplittableRandom rng = Rng.of(seed, "derived-flows", profile.streamId(), month);
        EnumMap<SubmissionKey, Long> counts = new EnumMap<>(SubmissionKey.class);
        for (Driver driver : Driver.values()) {
            counts.put(driver.key(), drawn.get(driver)[index]);
        }
        long crimes = counts.get(SubmissionKey.TOI_PHAM_PHAT_HIEN);
        long violations = counts.get(SubmissionKey.VI_PHAM_PHAT_HIEN);
        long tips = counts.get(SubmissionKey.TIN_BAO_TIEP_NHAN);
        long accidents = counts.get(SubmissionKey.TNGT_VU);
        // A case or tip-off from an earlier month settled now can make solved exceed detected (or
        // resolved exceed received): rare, and a warning. Bigger units carry more such backlog.
        double backlog = BACKLOG_CHANCE * profile.weight();
        counts.put(SubmissionKey.TOI_PHAM_LAM_RO, Draws.binomial(rng, crimes, 0.8) + (rng.nextDouble() < backlog ? 1L : 0L));
        counts.put(SubmissionKey.MA_TUY_VU, (long) Draws.binomial(rng, crimes + violations, 0.12));
        counts.put(SubmissionKey.TIN_BAO_GIAI_QUYET, Draws.binomial(rng, tips, 0.9) + (rng.nextDouble() < backlog ? 1L : 0L));
        long deaths = 0;
        long injured = 0;
        for (long a = 0; a < accidents; a++) {
            deaths += (rng.nextDouble() < 0.45 ? 1 : 0) + (rng.nextDouble() < 0.03 ? 1 : 0);
            injured += Draws.poisson(rng, 0.9);
        }
        counts.put(SubmissionKey.TNGT_CHET, deaths);
        counts.put(SubmissionKey.TNGT_BI_THUONG, injured);
        YearMonth walkStart = unit.validFrom() == null ? STAFF_WALK_START : YearMonth.from(unit.validFrom());
        counts.put(SubmissionKey.CAN_BO_CHINH_QUY, StaffWalk.at(seed, profile.streamId(), "officers",
                profile.officers(), profile.officerFloor(), walkStart, month));
        counts.put(SubmissionKey.LUC_LUONG_CO_SO, month.isBefore(GRASSROOTS_FORCE)
                ? StaffWalk.at(seed, profile.streamId(), "semi-professional", profile.semiProfessional(), 0, walkStart, month)
                : StaffWalk.at(seed, profile.streamId(), "grassroots", profile.grassroots(), 5,
                        walkStart.isBefore(GRASSROOTS_FORCE) ? GRASSROOTS_FORCE : walkStart, month));
        Values values = new Values(counts, profile.headquarters(month), profile.hasBarracks(month));
        return new Submission(unit, UnitType.of(unit), month, sentOn(profile, month), values);
    }

    private LocalDate sentOn(UnitProfile profile, YearMonth month) {
        SplittableRandom rng = Rng.of(settings.seed(), "sent-on", profile.streamId(), month);
        YearMonth next = month.plusMonths(1);
        if (rng.nextDouble() >= settings.lateRate()) {
            return next.atDay(Draws.between(rng, 1, 5));
        }
        return rng.nextDouble() < 0.85 ? next.atDay(Draws.between(rng, 6, 28)) : next.plusMonths(1).atDay(Draws.between(rng, 1, 20));
    }
}
