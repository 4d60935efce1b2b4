package vn.diemtua.generate.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.HeadquartersStatus;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.ReferenceData;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthModelTest {
    private static final long SEED = ModelSettings.DEFAULT_SEED;
    private static ReferenceData data;
    private static UnitProfiles profiles;
    private static MonthModel model;

    @BeforeAll
    static void build() {
        data = ReferenceData.bundled();
        profiles = UnitProfiles.build(data, SEED);
        model = new MonthModel(data, profiles, new ModelSettings(SEED, 0.97, 0.06));
    }

    @Test
    void theUnitListChangesOnTheFirstOfJuly2025() {
        MonthModel everyone = new MonthModel(data, profiles, new ModelSettings(SEED, 1.0, 0.06));
        List<Submission> june = everyone.generate(YearMonth.of(2025, 6));
        List<Submission> july = everyone.generate(YearMonth.of(2025, 7));
        assertEquals(10_035, june.size());
        assertTrue(june.stream().allMatch(s -> s.unit().validFrom() == null));
        assertEquals(63, june.stream().map(s -> s.unit().provinceCode()).distinct().count());
        // 3,321 units, of which two Đặc khu have no commune police and never report.
        assertEquals(3_319, july.size());
        assertTrue(july.stream().allMatch(s -> ReferenceData.REORGANISATION.equals(s.unit().validFrom())));
        assertEquals(34, july.stream().map(s -> s.unit().provinceCode()).distinct().count());
        assertTrue(july.stream().noneMatch(s -> UnitProfiles.WITHOUT_POLICE.contains(s.unit().fullName())));
        // A reused code names the new unit after the change.
        assertEquals("Phường Trúc Bạch", unit(june, "00004"));
        assertEquals("Phường Ba Đình", unit(july, "00004"));
    }

    private static String unit(List<Submission> month, String code) {
        return month.stream().filter(s -> s.unit().code().equals(code)).findFirst().orElseThrow().unit().fullName();
    }

    @Test
    void aboutTheChosenShareReportsAndSomeAreLate() {
        List<Submission> month = model.generate(YearMonth.of(2023, 3));
        double reporting = month.size() / 10_035.0;
        assertTrue(reporting > 0.96 && reporting < 0.98, "reporting " + reporting);
        double late = month.stream().filter(Submission::late).count() / (double) month.size();
        assertTrue(late > 0.04 && late < 0.08, "late " + late);
        assertTrue(month.stream().allMatch(s -> s.sentOn().isAfter(LocalDate.of(2023, 3, 31))));
    }

    @Test
    void solvedAndResolvedStayWithinDetectedAndReceivedMostly() {
        List<Submission> month = model.generate(YearMonth.of(2023, 5));
        long solvedOver = month.stream().filter(s -> s.values().count(SubmissionKey.TOI_PHAM_LAM_RO)
                > s.values().count(SubmissionKey.TOI_PHAM_PHAT_HIEN)).count();
        long resolvedOver = month.stream().filter(s -> s.values().count(SubmissionKey.TIN_BAO_GIAI_QUYET)
                > s.values().count(SubmissionKey.TIN_BAO_TIEP_NHAN)).count();
        assertTrue(solvedOver > 0 && solvedOver < month.size() * 0.01, "solved > detected in " + solvedOver);
        assertTrue(resolvedOver > 0 && resolvedOver < month.size() * 0.01, "resolved > received in " + resolvedOver);
        double solveRate = (double) sum(month, SubmissionKey.TOI_PHAM_LAM_RO) / sum(month, SubmissionKey.TOI_PHAM_PHAT_HIEN);
        assertTrue(solveRate > 0.75 && solveRate < 0.92, "solve rate " + solveRate);
    }

    @Test
    void headquartersProgressTowardsAllInUseByTheEndOf2025() {
        double previous = 0;
        for (YearMonth m : List.of(YearMonth.of(2022, 10), YearMonth.of(2023, 10), YearMonth.of(2024, 10),
                YearMonth.of(2025, 6))) {
            double share = share(model.generate(m), s -> s.values().headquarters() == HeadquartersStatus.DA_SU_DUNG);
            assertTrue(share > previous, m + " in use " + share);
            previous = share;
        }
        assertTrue(previous < 0.97, "not all in use before the end of 2025: " + previous);
        assertEquals(1.0, share(model.generate(YearMonth.of(2025, 12)),
                s -> s.values().headquarters() == HeadquartersStatus.DA_SU_DUNG));
        assertTrue(share(model.generate(YearMonth.of(2022, 10)), s -> s.values().barracks()) < 0.6);
        assertEquals(1.0, share(model.generate(YearMonth.of(2024, 10)), s -> s.values().barracks()));
    }

    @Test
    void aUnitsHeadquartersNeverGoesBackwards() {
        Map<String, HeadquartersStatus> last = new HashMap<>();
        for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2023, 12)); m = m.plusMonths(1)) {
            for (Submission s : model.generate(m)) {
                HeadquartersStatus before = last.put(s.unit().code(), s.values().headquarters());
                assertFalse(before != null && s.values().headquarters().compareTo(before) < 0, s.unit().code() + " " + m);
            }
        }
    }

    @Test
    void staffStaysStableAndEveryPost2025UnitHasTwelveOfficers() {
        Map<String, Long> march = officers(model.generate(YearMonth.of(2024, 3)));
        Map<String, Long> april = officers(model.generate(YearMonth.of(2024, 4)));
        long changed = march.keySet().stream().filter(april::containsKey)
                .filter(c -> !march.get(c).equals(april.get(c))).count();
        assertTrue(changed > 0 && changed < march.size() * 0.1, "officers changed in " + changed);
        assertTrue(model.generate(YearMonth.of(2025, 9)).stream()
                .allMatch(s -> s.values().count(SubmissionKey.CAN_BO_CHINH_QUY) >= 12));
    }

    @Test
    void trafficAccidentsPeakAtTet() {
        // Tết 2024 fell in February.
        long tet = sum(model.generate(YearMonth.of(2024, 2)), SubmissionKey.TNGT_VU);
        long june = sum(model.generate(YearMonth.of(2024, 6)), SubmissionKey.TNGT_VU);
        assertTrue(tet > june * 1.2, "Tết " + tet + " vs June " + june);
    }

    @Test
    void nationalLevelsContinueAcrossTheReorganisation() {
        long june = sum(model.generate(YearMonth.of(2025, 6)), SubmissionKey.TIN_BAO_TIEP_NHAN);
        long july = sum(model.generate(YearMonth.of(2025, 7)), SubmissionKey.TIN_BAO_TIEP_NHAN);
        assertTrue(Math.abs(july - june) < june * 0.15, "June " + june + ", July " + july);
    }

    @Test
    void sameSeedSameValues() {
        MonthModel again = new MonthModel(data, UnitProfiles.build(data, SEED), new ModelSettings(SEED, 0.97, 0.06));
        YearMonth m = YearMonth.of(2024, 11);
        assertEquals(model.generate(m), again.generate(m));
        MonthModel other = new MonthModel(data, UnitProfiles.build(data, SEED + 1), new ModelSettings(SEED + 1, 0.97, 0.06));
        assertFalse(model.generate(m).equals(other.generate(m)));
    }

    private static long sum(List<Submission> month, SubmissionKey key) {
        return month.stream().mapToLong(s -> s.values().count(key)).sum();
    }

    private static double share(List<Submission> month, java.util.function.Predicate<Submission> test) {
        return month.stream().filter(test).count() / (double) month.size();
    }

    private static Map<String, Long> officers(List<Submission> month) {
        return month.stream().collect(Collectors.toMap(s -> s.unit().code(),
                s -> s.values().count(SubmissionKey.CAN_BO_CHINH_QUY)));
    }

    @Test
    void unitTypesAreTheFourOfTheLists() {
        Set<UnitType> types = data.units().stream().map(UnitType::of).collect(Collectors.toSet());
        assertEquals(Set.of(UnitType.values()), types);
    }
}
