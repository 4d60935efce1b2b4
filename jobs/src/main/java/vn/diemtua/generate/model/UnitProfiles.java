package vn.diemtua.generate.model;

import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The profile of every unit of both lists, for one seed. Pre-2025 units get a size from their type,
 * their province's urbanisation and a unit factor; a post-2025 unit inherits the sizes, staff and
 * best headquarters of the old units merged into it (through the crosswalk), so national totals and
 * each merged unit's history continue across 2025-07-01.
 */
public final class UnitProfiles {
    /** The two Đặc khu without a commune police unit (3,321 units, 3,319 police units). */
    static final Set<String> WITHOUT_POLICE = Set.of("Đặc khu Hoàng Sa", "Đặc khu Trường Sa");

    private static final YearMonth REORGANISED = YearMonth.from(ReferenceData.REORGANISATION);
    private static final YearMonth END_2025 = YearMonth.of(2025, 12);

    private final Map<Unit, UnitProfile> byUnit;

    private UnitProfiles(Map<Unit, UnitProfile> byUnit) {
        this.byUnit = byUnit;
    }

    public UnitProfile of(Unit unit) {
        UnitProfile profile = byUnit.get(unit);
        if (profile == null) {
            throw new IllegalArgumentException("No profile for unit " + unit.code() + " " + unit.fullName());
        }
        return profile;
    }

    public static UnitProfiles build(ReferenceData data, long seed) {
        List<Unit> pre = new ArrayList<>();
        List<Unit> post = new ArrayList<>();
        for (Unit unit : data.units()) {
            (unit.validFrom() == null ? pre : post).add(unit);
        }
        Map<Unit, UnitProfile> profiles = new HashMap<>();
        Map<String, UnitProfile> preByCode = new HashMap<>();
        Map<Unit, Double> rawWeight = preWeights(pre, seed);
        double poolWeight = 0;
        int poolUnits = 0;
        for (Unit unit : pre) {
            if (Calibration.POOL.contains(UnitType.of(unit))) {
                poolWeight += rawWeight.get(unit);
                poolUnits++;
            }
        }
        // Normalised so that the calibration pool's units weigh 1 on average.
        double scale = poolUnits / poolWeight;
        for (Unit unit : pre) {
            UnitProfile profile = preProfile(unit, rawWeight.get(unit) * scale, seed);
            profiles.put(unit, profile);
            preByCode.put(unit.code(), profile);
        }
        Map<String, List<ReferenceData.CommuneLink>> links = new HashMap<>();
        for (ReferenceData.CommuneLink link : data.communeCrosswalk()) {
            links.computeIfAbsent(link.newCode(), c -> new ArrayList<>()).add(link);
        }
        for (Unit unit : post) {
            profiles.put(unit, postProfile(unit, links.getOrDefault(unit.code(), List.of()), preByCode, seed));
        }
        return new UnitProfiles(profiles);
    }

    private static Map<Unit, Double> preWeights(List<Unit> pre, long seed) {
        Map<String, int[]> urbanCounts = new HashMap<>();
        for (Unit unit : pre) {
            int[] counts = urbanCounts.computeIfAbsent(unit.provinceCode(), p -> new int[2]);
            counts[0] += UnitType.of(unit) == UnitType.PHUONG ? 1 : 0;
            counts[1]++;
        }
        Map<String, Double> provinceFactor = new HashMap<>();
        urbanCounts.forEach((province, counts) -> {
            double urbanShare = (double) counts[0] / counts[1];
            provinceFactor.put(province, (0.8 + 0.8 * urbanShare)
                    * Draws.factor(Rng.of(seed, "province-size", province), 0.15));
        });
        Map<Unit, Double> weights = new HashMap<>();
        for (Unit unit : pre) {
            double typeFactor = switch (UnitType.of(unit)) {
                case THI_TRAN -> 1.5;
                case PHUONG -> 1.7;
                default -> 1.0;
            };
            double unitFactor = Draws.factor(Rng.of(seed, "unit-size", streamId(unit)), 0.45);
            weights.put(unit, typeFactor * provinceFactor.get(unit.provinceCode()) * unitFactor);
        }
        return weights;
    }

    private static UnitProfile preProfile(Unit unit, double weight, long seed) {
        String id = streamId(unit);
        boolean urban = UnitType.of(unit) == UnitType.PHUONG;
        SplittableRandom hq = Rng.of(seed, "headquarters", id);
        YearMonth inUse = urban
                ? (hq.nextDouble() < 0.9 ? Months.uniform(hq, YearMonth.of(2018, 1), YearMonth.of(2021, 12))
                : Months.uniform(hq, YearMonth.of(2022, 1), YearMonth.of(2024, 12)))
                : (hq.nextDouble() < 0.42 ? Months.uniform(hq, YearMonth.of(2019, 1), YearMonth.of(2022, 6))
                : Months.uniform(hq, YearMonth.of(2022, 7), END_2025));
        YearMonth construction = inUse.minusMonths(Draws.between(hq, 5, 12));
        YearMonth procedures = construction.minusMonths(Draws.between(hq, 4, 10));
        SplittableRandom housing = Rng.of(seed, "barracks", id);
        double u = housing.nextDouble();
        YearMonth barracks = urban
                ? (u < 0.85 ? Months.uniform(housing, YearMonth.of(2018, 1), YearMonth.of(2021, 12))
                : Months.uniform(housing, YearMonth.of(2022, 1), YearMonth.of(2023, 12)))
                : u < 0.25 ? Months.uniform(housing, YearMonth.of(2019, 1), YearMonth.of(2022, 6))
                : u < 0.96 ? Months.uniform(housing, YearMonth.of(2022, 7), YearMonth.of(2023, 12))
                : Months.uniform(housing, YearMonth.of(2024, 1), YearMonth.of(2024, 9));
        SplittableRandom staff = Rng.of(seed, "staff-base", id);
        int officers = urban ? 8 + Draws.poisson(staff, 6) : 4 + Draws.poisson(staff, 2.5);
        int semi = urban ? Draws.poisson(staff, 1.5) : 6 + Draws.poisson(staff, 8);
        int grassroots = urban ? 10 + Draws.poisson(staff, 10) : 18 + Draws.poisson(staff, 16);
        return new UnitProfile(id, weight, procedures, construction, inUse, barracks, officers, urban ? 5 : 3,
                semi, grassroots, true);
    }

    private static UnitProfile postProfile(Unit unit, List<ReferenceData.CommuneLink> links,
                                           Map<String, UnitProfile> preByCode, long seed) {
        String id = streamId(unit);
        double weight = 0;
        double officers = 0;
        double grassroots = 0;
        UnitProfile bestHq = null;
        YearMonth barracks = null;
        for (ReferenceData.CommuneLink link : links) {
            UnitProfile old = preByCode.get(link.oldCode());
            if (old == null) {
                continue; // island districts and codes abolished before the pre-2025 list
            }
            weight += old.weight() * link.weight();
            officers += old.officers() * link.weight();
            grassroots += old.grassroots() * link.weight();
            if (bestHq == null || old.hqInUse().isBefore(bestHq.hqInUse())) {
                bestHq = old;
            }
            barracks = barracks == null ? old.barracks() : Months.min(barracks, old.barracks());
        }
        SplittableRandom rng = Rng.of(seed, "merged", id);
        if (bestHq == null) {
            weight = 0.3; // an island Đặc khu with no commune before 2025
            officers = 10;
            grassroots = 15;
        }
        // The merged unit works from the best headquarters it inherits; the last ones finish in 2025.
        YearMonth inUse;
        YearMonth construction;
        YearMonth procedures;
        if (bestHq != null && !bestHq.hqInUse().isAfter(REORGANISED)) {
            inUse = bestHq.hqInUse();
            construction = bestHq.construction();
            procedures = bestHq.procedures();
        } else {
            inUse = Months.uniform(rng, REORGANISED.plusMonths(1), END_2025);
            if (bestHq != null) {
                inUse = Months.min(inUse, bestHq.hqInUse());
            }
            construction = inUse.minusMonths(Draws.between(rng, 3, 8));
            procedures = construction.minusMonths(Draws.between(rng, 2, 6));
        }
        if (barracks == null || barracks.isAfter(END_2025)) {
            barracks = REORGANISED;
        }
        int officerCount = Math.max(12, (int) Math.round(officers * 1.3) + Draws.poisson(rng, 2));
        return new UnitProfile(id, weight, procedures, construction, inUse, barracks, officerCount, 12, 0,
                Math.max(10, (int) Math.round(grassroots)), !WITHOUT_POLICE.contains(unit.fullName()));
    }

    private static String streamId(Unit unit) {
        return unit.code() + (unit.validFrom() == null ? "/pre2025" : "/" + unit.validFrom());
    }
}
