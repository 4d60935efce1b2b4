package vn.diemtua.validation;

import org.junit.jupiter.api.Test;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.model.HeadquartersStatus;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.ReferenceData;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.diemtua.testing.SubmissionRows.data;

class RowValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 10);
    private final RowValidator anyFolder = new RowValidator(new ValidationContext(null, TODAY, ReferenceData.bundled().directory()));

    private static List<ReasonCode> codes(List<Issue> issues) {
        return issues.stream().map(Issue::code).toList();
    }

    @Test
    void aCleanRowIsTyped() {
        RowOutcome outcome = anyFolder.validate(data("Sheet1", 5, "ma_xa", "1", "ten_xa", "Phường Phúc Xá",
                "ky_bao_cao", "Tháng 10/2023", "ngay_gui", "03/11/2023", "toi_pham_phat_hien", "1.234",
                "toi_pham_lam_ro", "", "tru_so", "Đang xây dựng", "nha_o_doanh_trai", "có"));
        assertEquals(Outcome.ACCEPTED, outcome.outcome());
        assertEquals(List.of(), outcome.warnings());
        TypedRow typed = outcome.typed();
        assertEquals("00001", typed.code());
        assertEquals("01", typed.unit().provinceCode());
        assertEquals(YearMonth.of(2023, 10), typed.month());
        assertEquals(LocalDate.of(2023, 11, 3), typed.sentOn());
        assertEquals(1234L, typed.count(SubmissionKey.TOI_PHAM_PHAT_HIEN));
        assertNull(typed.count(SubmissionKey.TOI_PHAM_LAM_RO));
        assertEquals(HeadquartersStatus.DANG_XAY_DUNG, typed.values().get(SubmissionKey.TRU_SO));
        assertEquals(Boolean.TRUE, typed.values().get(SubmissionKey.NHA_O_DOANH_TRAI));
    }

    @Test
    void aCodeResolvesForTheRowsMonth() {
        SourceRow before = data("s", 2, "ma_xa", "00004", "ky_bao_cao", "06/2025", "ten_xa", "Phường Trúc Bạch");
        SourceRow after = data("s", 3, "ma_xa", "00004", "ky_bao_cao", "07/2025", "ten_xa", "Phường Ba Đình");
        assertEquals("Phường Trúc Bạch", anyFolder.validate(before).typed().unit().fullName());
        assertEquals("Phường Ba Đình", anyFolder.validate(after).typed().unit().fullName());
        assertEquals(List.of(), anyFolder.validate(after).warnings());
        // 00001 (Phúc Xá) was merged away on 2025-07-01.
        RowOutcome gone = anyFolder.validate(data("s", 4, "ma_xa", "00001", "ky_bao_cao", "08/2025"));
        assertEquals(List.of(ReasonCode.CODE_UNKNOWN), codes(gone.errors()));
        assertEquals("ma_xa", gone.errors().get(0).columnName());
    }

    @Test
    void anAliasIsStoredUnderTheOfficialCodeWithAWarning() {
        RowOutcome outcome = anyFolder.validate(data("s", 2, "ma_xa", "23938", "ky_bao_cao", "08/2025"));
        assertEquals(Outcome.ACCEPTED, outcome.outcome());
        assertEquals("23737", outcome.typed().code());
        assertEquals(List.of(ReasonCode.ALIAS_CODE), codes(outcome.warnings()));
    }

    @Test
    void aNameThatDoesNotMatchOnlyWarns() {
        RowOutcome outcome = anyFolder.validate(data("s", 2, "ma_xa", "00001", "ky_bao_cao", "10/2023", "ten_xa", "Xã Tứ Liên"));
        assertEquals(Outcome.ACCEPTED, outcome.outcome());
        assertEquals(List.of(ReasonCode.NAME_MISMATCH), codes(outcome.warnings()));
        assertEquals("ten_xa", outcome.warnings().get(0).columnName());
    }

    @Test
    void solvedAboveDetectedAndResolvedAboveReceivedWarn() {
        RowOutcome outcome = anyFolder.validate(data("s", 2, "ma_xa", "00001", "ky_bao_cao", "10/2023",
                "toi_pham_phat_hien", "2", "toi_pham_lam_ro", "3", "tin_bao_tiep_nhan", "4", "tin_bao_giai_quyet", "4"));
        assertEquals(List.of(ReasonCode.SOLVED_GT_DETECTED), codes(outcome.warnings()));
        outcome = anyFolder.validate(data("s", 2, "ma_xa", "00001", "ky_bao_cao", "10/2023",
                "toi_pham_lam_ro", "3", "tin_bao_tiep_nhan", "4", "tin_bao_giai_quyet", "5"));
        assertEquals(List.of(ReasonCode.RESOLVED_GT_RECEIVED), codes(outcome.warnings()));
    }

    @Test
    void everyErrorIsKeptInColumnOrderAndTheFirstLeads() {
        RowOutcome outcome = anyFolder.validate(data("s", 7, "tru_so", "tốt", "toi_pham_phat_hien", "-1",
                "ma_xa", "ABC", "ky_bao_cao", "13/2023", "ngay_gui", "hôm qua", "tngt_vu", "1,5",
                "nha_o_doanh_trai", "có lẽ", "khen_thuong", "#REF!"));
        assertEquals(Outcome.REJECTED, outcome.outcome());
        assertEquals(List.of(ReasonCode.CODE_INVALID, ReasonCode.MONTH_UNPARSEABLE, ReasonCode.DATE_UNPARSEABLE,
                ReasonCode.COUNT_NEGATIVE, ReasonCode.COUNT_FRACTIONAL, ReasonCode.COUNT_UNPARSEABLE,
                ReasonCode.HQ_STATUS_UNKNOWN, ReasonCode.FLAG_UNKNOWN), codes(outcome.errors()));
        assertEquals(List.of("ma_xa", "ky_bao_cao", "ngay_gui", "toi_pham_phat_hien", "tngt_vu", "khen_thuong",
                "tru_so", "nha_o_doanh_trai"), outcome.errors().stream().map(Issue::columnName).toList());
        assertNull(outcome.typed());
    }

    @Test
    void futureMonthAndMissingCode() {
        RowOutcome outcome = anyFolder.validate(data("s", 2, "ma_xa", "", "ky_bao_cao", "10/2025"));
        assertEquals(List.of(ReasonCode.CODE_MISSING, ReasonCode.MONTH_FUTURE), codes(outcome.errors()));
    }

    @Test
    void aProvinceFolderOnlyTakesItsOwnUnits() {
        RowValidator hanoi = new RowValidator(new ValidationContext("01", TODAY, ReferenceData.bundled().directory()));
        assertEquals(Outcome.ACCEPTED, hanoi.validate(data("s", 2, "ma_xa", "00001", "ky_bao_cao", "10/2023")).outcome());
        RowOutcome saigon = hanoi.validate(data("s", 3, "ma_xa", "26734", "ky_bao_cao", "10/2023"));
        assertEquals(List.of(ReasonCode.OUTSIDE_PROVINCE), codes(saigon.errors()));
        assertTrue(saigon.errors().get(0).details().contains("01"));
    }
}
