package vn.diemtua.validation;

import org.junit.jupiter.api.Test;
import vn.diemtua.ingest.read.RowKind;
import vn.diemtua.ingest.read.SheetResult;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.reference.ReferenceData;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.diemtua.testing.SubmissionRows.data;
import static vn.diemtua.testing.SubmissionRows.other;

class FileValidatorTest {
    private final FileValidator validator = new FileValidator(
            new ValidationContext(null, LocalDate.of(2024, 1, 10), ReferenceData.bundled().directory()));

    private List<RowOutcome> validate(List<SourceRow> rows) {
        return validator.validate(List.of(new SheetResult("s", 2, rows, null)));
    }

    @Test
    void rowsThatAreNotDataAreSkippedByTheirKind() {
        List<RowOutcome> outcomes = validate(List.of(
                other("s", 1, RowKind.BANNER, "CÔNG AN TỈNH"),
                other("s", 2, RowKind.HEADER, "Mã xã"),
                data("s", 3, "ma_xa", "1", "ky_bao_cao", "10/2023"),
                other("s", 4, RowKind.TOTAL, "Tổng cộng"),
                other("s", 5, RowKind.BLANK),
                other("s", 6, RowKind.SIGNATURE, "Người lập biểu")));
        assertEquals(Arrays.asList("banner", "header", null, "total", "blank", "signature"),
                outcomes.stream().map(RowOutcome::skipReason).toList());
        assertEquals(Outcome.ACCEPTED, outcomes.get(2).outcome());
    }

    @Test
    void identicalDuplicatesKeepTheFirstAndSkipTheOthers() {
        List<RowOutcome> outcomes = validate(List.of(
                data("a", 3, "ma_xa", "1", "ky_bao_cao", "10/2023", "tngt_vu", "2"),
                data("b", 3, "ma_xa", "00001", "ky_bao_cao", "2023-10", "tngt_vu", "2.0", "ngay_gui", "01/11/2023")));
        assertEquals(Outcome.ACCEPTED, outcomes.get(0).outcome());
        assertEquals(Outcome.SKIPPED, outcomes.get(1).outcome());
        assertEquals(RowOutcome.DUPLICATE_ROW, outcomes.get(1).skipReason());
    }

    @Test
    void conflictingDuplicatesAreAllRejected() {
        List<RowOutcome> outcomes = validate(List.of(
                data("s", 3, "ma_xa", "1", "ky_bao_cao", "10/2023", "tngt_vu", "2"),
                data("s", 4, "ma_xa", "4", "ky_bao_cao", "10/2023", "tngt_vu", "2"),
                data("s", 5, "ma_xa", "1", "ky_bao_cao", "10/2023", "tngt_vu", "3"),
                data("s", 6, "ma_xa", "1", "ky_bao_cao", "11/2023", "tngt_vu", "3")));
        assertEquals(List.of(Outcome.REJECTED, Outcome.ACCEPTED, Outcome.REJECTED, Outcome.ACCEPTED),
                outcomes.stream().map(RowOutcome::outcome).toList());
        Issue issue = outcomes.get(0).errors().get(0);
        assertEquals(ReasonCode.DUPLICATE_CONFLICT, issue.code());
        assertEquals("s #5", issue.details().get(0));
    }

    @Test
    void aSheetWithoutAMonthColumnTakesTheMonthOfItsBanner() {
        SheetResult sheet = new SheetResult("Đại Từ", 3, List.of(data("Đại Từ", 4, "ma_xa", "1", "tngt_vu", "2")), null,
                YearMonth.of(2023, 10), List.of());
        List<RowOutcome> outcomes = validator.validate(List.of(sheet));
        assertEquals(YearMonth.of(2023, 10), outcomes.get(0).typed().month());
    }

    @Test
    void aRowRejectedForItsOwnErrorsTakesNoPartInDuplicates() {
        List<RowOutcome> outcomes = validate(List.of(
                data("s", 3, "ma_xa", "1", "ky_bao_cao", "10/2023", "tngt_vu", "2"),
                data("s", 4, "ma_xa", "1", "ky_bao_cao", "10/2023", "tngt_vu", "-2")));
        assertEquals(Outcome.ACCEPTED, outcomes.get(0).outcome());
        assertEquals(ReasonCode.COUNT_NEGATIVE, outcomes.get(1).errors().get(0).code());
    }
}
