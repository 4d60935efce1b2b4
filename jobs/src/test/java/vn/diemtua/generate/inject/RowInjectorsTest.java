package vn.diemtua.generate.inject;

import org.junit.jupiter.api.Test;
import vn.diemtua.generate.InjectionFixtures;
import vn.diemtua.generate.draft.Cell;
import vn.diemtua.generate.draft.CellType;
import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.Expected;
import vn.diemtua.generate.draft.ProvinceMonth;
import vn.diemtua.model.HeadquartersStatus;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.Unit;
import vn.diemtua.reference.UnitDirectory;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each row quirk and error does what SPEC section 2 describes, and nothing else. */
class RowInjectorsTest {
    private static final YearMonth MONTH = YearMonth.of(2023, 10);
    private static final YearMonth MONTH_2025 = YearMonth.of(2025, 9);
    private final InjectionContext context = InjectionFixtures.context(MONTH);

    /** Applies the injector to the first {@code n} rows of a fresh batch, each with its own stream. */
    private static ProvinceMonth injected(RowInjector injector, YearMonth month, String province, int n) {
        ProvinceMonth batch = InjectionFixtures.batch(month, province);
        InjectionContext ctx = InjectionFixtures.context(month);
        for (DataRow row : List.copyOf(batch.rows()).subList(0, n)) {
            injector.apply(row, batch, ctx, new SplittableRandom(row.code().hashCode()));
        }
        return batch;
    }

    @Test
    void anIdenticalDuplicateIsAnExactCopyRightBelow() {
        ProvinceMonth batch = injected(RowQuirks.IDENTICAL_DUPLICATE, MONTH, "95", 1);
        DataRow first = batch.rows().get(0);
        DataRow copy = batch.rows().get(1);
        assertEquals(first.cells(), copy.cells());
        assertEquals(Expected.ACCEPT, first.expected());
        assertEquals(Expected.DUPLICATE, copy.expected());
        assertTrue(batch.supplement().isEmpty());
    }

    @Test
    void aRevisedResubmissionFixesOneFlowLaterWithTheFinalValues() {
        ProvinceMonth clean = InjectionFixtures.batch(MONTH, "95");
        ProvinceMonth batch = injected(RowQuirks.REVISED_RESUBMISSION, MONTH, "95", 10);
        for (int i = 0; i < 10; i++) {
            DataRow original = clean.rows().get(i);
            DataRow first = batch.rows().get(i);
            DataRow later = batch.supplement().get(i);
            long differing = SubmissionKey.counts().stream()
                    .filter(k -> first.values().count(k) != original.values().count(k)).count();
            assertEquals(1, differing, "one count differs in the first sending of " + original.code());
            assertEquals(original.values(), later.values());
            assertEquals(original.code(), later.code());
            assertTrue(later.sentOn().isAfter(first.sentOn()));
            assertEquals(Expected.ACCEPT, later.expected());
        }
    }

    @Test
    void anIdenticalResubmissionRepeatsTheValuesLater() {
        ProvinceMonth batch = injected(RowQuirks.IDENTICAL_RESUBMISSION, MONTH, "95", 1);
        DataRow first = batch.rows().get(0);
        DataRow later = batch.supplement().get(0);
        assertEquals(first.values(), later.values());
        assertTrue(later.sentOn().isAfter(first.sentOn()));
    }

    @Test
    void aNameVariantMeansTheSameName() {
        ProvinceMonth batch = injected(RowQuirks.NAME_VARIANT, MONTH, "95", 30);
        for (DataRow row : batch.rows().subList(0, 30)) {
            String written = row.cell(SubmissionKey.TEN_XA).text();
            assertNotEquals(row.name(), written);
            assertTrue(sameName(row.name(), written) || sameName(row.name(), VietnameseText.otherTonePlacement(written)),
                    row.name() + " / " + written);
        }
    }

    private static boolean sameName(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    @Test
    void paddingKeepsTheValueInsideSpaces() {
        ProvinceMonth clean = InjectionFixtures.batch(MONTH, "95");
        ProvinceMonth batch = injected(RowQuirks.CELL_PADDING, MONTH, "95", 10);
        for (int i = 0; i < 10; i++) {
            DataRow row = batch.rows().get(i);
            DataRow original = clean.rows().get(i);
            List<SubmissionKey> padded = Arrays.stream(SubmissionKey.values())
                    .filter(k -> !row.cell(k).equals(original.cell(k))).toList();
            assertEquals(1, padded.size());
            Cell cell = row.cell(padded.get(0));
            assertEquals(CellType.TEXT, cell.type());
            assertNotEquals(cell.text(), cell.text().trim());
            assertEquals(original.cell(padded.get(0)).text(), cell.text().trim());
        }
    }

    @Test
    void anUnknownCodeNamesNoUnitThatMonth() {
        for (YearMonth month : List.of(MONTH, MONTH_2025)) {
            String province = month.equals(MONTH) ? "95" : "12";
            ProvinceMonth batch = injected(RowErrors.UNKNOWN_CODE, month, province, 10);
            UnitDirectory directory = InjectionFixtures.context(month).directory();
            List<DataRow> extra = batch.rows().stream().filter(r -> r.injections().contains("unknown_code")).toList();
            assertEquals(10, extra.size());
            for (DataRow row : extra) {
                assertEquals(Expected.REJECT, row.expected());
                assertTrue(directory.resolve(row.code(), month.atDay(1)).isEmpty(), row.code());
                assertTrue(directory.officialCodeOfAlias(row.code(), month.atDay(1)).isEmpty(), row.code());
            }
            assertTrue(batch.supplement().isEmpty(), "an unknown unit has nothing to correct");
        }
    }

    @Test
    void anOutOfProvinceRowIsAnotherProvincesUnit() {
        ProvinceMonth batch = injected(RowErrors.OUT_OF_PROVINCE, MONTH, "95", 10);
        for (DataRow row : batch.rows().stream().filter(r -> r.injections().contains("out_of_province")).toList()) {
            Unit unit = context.directory().resolve(row.code(), MONTH.atDay(1)).orElseThrow();
            assertNotEquals("95", unit.provinceCode());
            assertEquals(unit.fullName(), row.name());
            assertEquals(Expected.REJECT, row.expected());
        }
    }

    @Test
    void aBadMonthCannotBeRead() {
        ProvinceMonth batch = injected(RowErrors.BAD_MONTH, MONTH, "95", 20);
        for (DataRow row : batch.rows().subList(0, 20)) {
            String text = row.cell(SubmissionKey.KY_BAO_CAO).text();
            assertTrue(MonthForms.parse(text).isEmpty(), text);
            assertTrue(row.locked().contains(SubmissionKey.KY_BAO_CAO));
            assertEquals(Expected.REJECT, row.expected());
        }
        assertCorrected(batch, 20);
    }

    @Test
    void aFutureMonthIsYearsAhead() {
        ProvinceMonth batch = injected(RowErrors.FUTURE_MONTH, MONTH, "95", 3);
        for (DataRow row : batch.rows().subList(0, 3)) {
            YearMonth written = MonthForms.parse(row.cell(SubmissionKey.KY_BAO_CAO).text()).orElseThrow();
            assertTrue(written.isAfter(YearMonth.now()), written.toString());
        }
        assertCorrected(batch, 3);
    }

    @Test
    void aNegativeCountIsInAFlow() {
        ProvinceMonth batch = injected(RowErrors.NEGATIVE_COUNT, MONTH, "95", 10);
        for (DataRow row : batch.rows().subList(0, 10)) {
            SubmissionKey negative = onlyCell(row, SubmissionKey.flows(), "-\\d+");
            assertTrue(Long.parseLong(row.cell(negative).text()) < 0);
        }
        assertCorrected(batch, 10);
    }

    @Test
    void aFractionalCountHasOneDecimalNeverAThousandsGroup() {
        ProvinceMonth batch = injected(RowErrors.FRACTIONAL_COUNT, MONTH, "95", 20);
        batch.rows().subList(0, 20).forEach(row -> onlyCell(row, SubmissionKey.counts(), "\\d+[.,]5"));
        assertCorrected(batch, 20);
    }

    @Test
    void anUnknownHeadquartersStatusIsNeitherCodeNorLabel() {
        ProvinceMonth batch = injected(RowErrors.UNKNOWN_TRU_SO, MONTH, "95", 10);
        for (DataRow row : batch.rows().subList(0, 10)) {
            String text = row.cell(SubmissionKey.TRU_SO).text();
            assertTrue(Arrays.stream(HeadquartersStatus.values())
                    .noneMatch(s -> s.code().equalsIgnoreCase(text) || s.labelVi().equalsIgnoreCase(text)), text);
        }
        assertCorrected(batch, 10);
    }

    @Test
    void aConflictingDuplicateRejectsBothRowsAndIsCorrected() {
        ProvinceMonth batch = injected(RowErrors.CONFLICTING_DUPLICATE, MONTH, "95", 1);
        DataRow first = batch.rows().get(0);
        DataRow second = batch.rows().get(1);
        assertEquals(first.code(), second.code());
        assertEquals(first.month(), second.month());
        assertNotEquals(first.values(), second.values());
        assertEquals(Expected.REJECT, first.expected());
        assertEquals(Expected.REJECT, second.expected());
        assertEquals(first.values(), batch.supplement().get(0).values());
    }

    @Test
    void fileHabitsLeaveAnErrorsCellAlone() {
        ProvinceMonth batch = injected(RowErrors.NEGATIVE_COUNT, MONTH, "95", 1);
        DataRow row = batch.rows().get(0);
        SubmissionKey key = SubmissionKey.flows().stream().filter(k -> row.cell(k).text().startsWith("-")).findFirst().orElseThrow();
        Cell before = row.cell(key);
        assertFalse(row.set(key, Cell.text("7")));
        assertSame(before, row.cell(key));
    }

    /** The one cell among {@code keys} whose text matches, failing unless there is exactly one. */
    private static SubmissionKey onlyCell(DataRow row, List<SubmissionKey> keys, String pattern) {
        List<SubmissionKey> matching = keys.stream().filter(k -> row.cell(k).text().matches(pattern)).toList();
        assertEquals(1, matching.size(), row.cells().toString());
        return matching.get(0);
    }

    /** The first {@code n} rows are rejected, and each is sent again, right, later. */
    private static void assertCorrected(ProvinceMonth batch, int n) {
        assertEquals(n, batch.supplement().size());
        for (int i = 0; i < n; i++) {
            DataRow bad = batch.rows().get(i);
            DataRow fix = batch.supplement().get(i);
            assertEquals(Expected.REJECT, bad.expected());
            assertEquals(bad.code(), fix.code());
            assertEquals(bad.values(), fix.values());
            assertTrue(fix.sentOn().isAfter(bad.sentOn()));
            assertEquals(Expected.ACCEPT, fix.expected());
            assertEquals(bad.month().format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")),
                    fix.cell(SubmissionKey.KY_BAO_CAO).text());
        }
    }
}
