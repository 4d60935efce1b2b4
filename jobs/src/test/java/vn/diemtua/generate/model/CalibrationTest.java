package vn.diemtua.generate.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.ReferenceData;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published one-year review (2022-10 … 2023-09, Xã and Thị trấn): "hơn 22 nghìn" crimes and
 * violations, "gần 34 nghìn" subjects. Summed straight from the model's records, for the default
 * seed and a few others.
 */
class CalibrationTest {
    @ParameterizedTest
    @ValueSource(longs = {ModelSettings.DEFAULT_SEED, 1, 12_345, -99})
    void theReviewYearLandsInThePublishedBands(long seed) {
        ReferenceData data = ReferenceData.bundled();
        MonthModel model = new MonthModel(data, UnitProfiles.build(data, seed),
                new ModelSettings(seed, ModelSettings.DEFAULT_REPORTING_RATE, ModelSettings.DEFAULT_LATE_RATE));
        long cases = 0;
        long subjects = 0;
        int units = 0;
        for (YearMonth m = YearMonth.of(2022, 10); !m.isAfter(YearMonth.of(2023, 9)); m = m.plusMonths(1)) {
            for (Submission s : model.generate(m)) {
                if (s.type() == UnitType.XA || s.type() == UnitType.THI_TRAN) {
                    cases += s.values().count(SubmissionKey.TOI_PHAM_PHAT_HIEN)
                            + s.values().count(SubmissionKey.VI_PHAM_PHAT_HIEN);
                    subjects += s.values().count(SubmissionKey.DOI_TUONG_XU_LY);
                    units++;
                }
            }
        }
        assertTrue(units > 8_309 * 12 * 0.95 && units < 8_309 * 12, "about 97% of 8,309 units report: " + units);
        assertTrue(cases > 22_000 && cases < 22_500, "hơn 22 nghìn: " + cases);
        assertTrue(subjects >= 33_500 && subjects < 34_000, "gần 34 nghìn: " + subjects);
    }
}
