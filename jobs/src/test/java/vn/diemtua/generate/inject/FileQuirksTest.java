package vn.diemtua.generate.inject;

import org.junit.jupiter.api.Test;
import vn.diemtua.generate.InjectionFixtures;
import vn.diemtua.generate.draft.Cell;
import vn.diemtua.generate.draft.CellType;
import vn.diemtua.generate.draft.CsvEncoding;
import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.FileDraft;
import vn.diemtua.generate.draft.FileFormat;
import vn.diemtua.generate.draft.FilePlacement;
import vn.diemtua.generate.draft.Grid;
import vn.diemtua.generate.draft.GridBuilder;
import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.draft.RowRole;
import vn.diemtua.model.SubmissionKey;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each file habit writes valid input in one of the ways SPEC section 2 says real files do. */
class FileQuirksTest {
    private static final YearMonth MONTH = YearMonth.of(2023, 10);

    private static FileDraft file(FileFormat format, CsvEncoding encoding) {
        return FilePlacement.place(InjectionFixtures.batch(MONTH, "95"), Layout.PROVINCE_MONTH, format, encoding).get(0);
    }

    private static FileDraft withQuirk(FileQuirk quirk, FileFormat format, long seed) {
        FileDraft file = file(format, CsvEncoding.UTF8);
        assertTrue(quirk.appliesTo(file));
        quirk.apply(file, new SplittableRandom(seed));
        return file;
    }

    @Test
    void headersInCapitalsNfdOrWithoutDiacriticsStillNameTheSameKeys() {
        FileDraft upper = withQuirk(FileQuirks.HEADER_UPPER_CASE, FileFormat.XLSX, 1);
        assertEquals("MÃ XÃ", upper.headers().get(SubmissionKey.MA_XA));
        FileDraft nfd = withQuirk(FileQuirks.HEADER_NFD, FileFormat.XLSX, 1);
        for (SubmissionKey key : SubmissionKey.values()) {
            String header = nfd.headers().get(key);
            assertNotEquals(key.templateHeader(), header, "every header has a diacritic to decompose");
            assertEquals(key.templateHeader(), Normalizer.normalize(header, Normalizer.Form.NFC));
        }
        FileDraft plain = withQuirk(FileQuirks.HEADER_NO_DIACRITICS, FileFormat.XLSX, 1);
        assertEquals("Ma xa", plain.headers().get(SubmissionKey.MA_XA));
        assertEquals("So doi tuong bat giu, xu ly", plain.headers().get(SubmissionKey.DOI_TUONG_XU_LY));
        assertTrue(plain.headers().values().stream().allMatch(h -> h.chars().allMatch(c -> c < 128)));
    }

    @Test
    void lineBrokenHeadersCollapseToTheTemplate() {
        FileDraft file = withQuirk(FileQuirks.HEADER_LINE_BREAKS, FileFormat.XLSX, 1);
        assertTrue(file.headers().get(SubmissionKey.TOI_PHAM_PHAT_HIEN).contains("\n"));
        for (SubmissionKey key : SubmissionKey.values()) {
            assertEquals(key.templateHeader(), file.headers().get(key).replaceAll("\\s+", " "));
        }
    }

    @Test
    void otherWordingsAreKnownWordings() {
        Set<String> changed = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            FileDraft file = withQuirk(FileQuirks.HEADER_OTHER_WORDING, FileFormat.XLSX, seed);
            for (SubmissionKey key : SubmissionKey.values()) {
                assertTrue(key.headers().contains(file.headers().get(key)));
                if (!file.headers().get(key).equals(key.templateHeader())) {
                    changed.add(key.key());
                }
            }
        }
        assertTrue(changed.size() > 5, "several headers reworded: " + changed);
    }

    @Test
    void codesAsNumbersLoseTheirLeadingZeros() {
        FileDraft file = withQuirk(FileQuirks.CODE_AS_NUMBER, FileFormat.XLSX, 1);
        for (DataRow row : file.rows()) {
            Cell cell = row.cell(SubmissionKey.MA_XA);
            assertEquals(CellType.NUMBER, cell.type());
            assertFalse(cell.text().startsWith("0"));
            assertEquals(Long.parseLong(row.code()), Long.parseLong(cell.text()));
        }
    }

    @Test
    void monthFormsAllReadAsTheRowsMonth() {
        Set<String> forms = new HashSet<>();
        for (long seed = 0; seed < 12; seed++) {
            FileDraft file = withQuirk(FileQuirks.MONTH_FORM, FileFormat.XLSX, seed);
            for (DataRow row : file.rows()) {
                Cell cell = row.cell(SubmissionKey.KY_BAO_CAO);
                if (cell.type() == CellType.MONTH) {
                    assertEquals(MONTH.atDay(1), LocalDate.parse(cell.text()));
                    forms.add("date cell");
                } else {
                    assertEquals(MONTH, MonthForms.parse(cell.text()).orElseThrow());
                    forms.add(cell.text().replaceAll("\\d", "9"));
                }
            }
        }
        assertEquals(Set.of("9999-99", "Tháng 99/9999", "T99/9999", "date cell"), forms);
    }

    @Test
    void aCsvNeverGetsADateCellMonth() {
        for (long seed = 0; seed < 12; seed++) {
            FileDraft file = withQuirk(FileQuirks.MONTH_FORM, FileFormat.CSV, seed);
            assertTrue(file.rows().stream().noneMatch(r -> r.cell(SubmissionKey.KY_BAO_CAO).type() == CellType.MONTH));
        }
    }

    @Test
    void datesAsTextAreIsoOrDayMonthYear() {
        FileDraft file = withQuirk(FileQuirks.DATE_FORM, FileFormat.XLSX, 3);
        for (DataRow row : file.rows()) {
            String text = row.cell(SubmissionKey.NGAY_GUI).text();
            LocalDate date = text.contains("/") ? LocalDate.parse(text, DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    : LocalDate.parse(text);
            assertEquals(row.sentOn(), date);
        }
    }

    @Test
    void headquartersWithTheirVietnameseLabels() {
        FileDraft file = withQuirk(FileQuirks.TRU_SO_LABEL, FileFormat.XLSX, 1);
        for (DataRow row : file.rows()) {
            assertEquals(row.values().headquarters().labelVi(), row.cell(SubmissionKey.TRU_SO).text());
        }
    }

    @Test
    void countsAsTextOnlyInWorkbooks() {
        assertFalse(FileQuirks.COUNTS_AS_TEXT.appliesTo(file(FileFormat.CSV, CsvEncoding.UTF8)));
        FileDraft file = withQuirk(FileQuirks.COUNTS_AS_TEXT, FileFormat.XLSX, 1);
        for (DataRow row : file.rows()) {
            for (SubmissionKey key : SubmissionKey.counts()) {
                assertEquals(new Cell(Long.toString(row.values().count(key)), CellType.TEXT), row.cell(key));
            }
        }
    }

    @Test
    void digitGroupingGroupsThousandsInCellsAndTotals() {
        assertEquals("1.234", vn.diemtua.generate.draft.CountText.grouped(1234, "."));
        assertEquals("1 234 567", vn.diemtua.generate.draft.CountText.grouped(1_234_567, " "));
        assertEquals(new Cell("999", CellType.NUMBER), vn.diemtua.generate.draft.CountText.of(999, ","));
        // From 2024-07 the grassroots force of a province adds up to thousands.
        FileDraft file = FilePlacement.place(InjectionFixtures.batch(YearMonth.of(2024, 10), "95"),
                Layout.PROVINCE_MONTH, FileFormat.CSV, CsvEncoding.UTF8).get(0);
        FileQuirks.DIGIT_GROUPING.apply(file, new SplittableRandom(2));
        String separator = file.groupingSeparator();
        Grid grid = GridBuilder.single(file);
        Grid.Row total = grid.rows().stream().filter(r -> r.role() == RowRole.TOTAL).reduce((a, b) -> b).orElseThrow();
        long force = file.rows().stream().mapToLong(r -> r.values().count(SubmissionKey.LUC_LUONG_CO_SO)).sum();
        assertTrue(force >= 1_000);
        assertTrue(total.cells().stream().anyMatch(c -> c.text().equals(
                vn.diemtua.generate.draft.CountText.grouped(force, separator))));
    }

    @Test
    void numberedColumnsAndBlankRowsShowInTheGrid() {
        FileDraft file = withQuirk(FileQuirks.NUMBERED_COLUMNS, FileFormat.XLSX, 1);
        FileQuirks.BLANK_ROWS.apply(file, new SplittableRandom(1));
        Grid grid = GridBuilder.single(file);
        List<Cell> header = grid.rows().stream().filter(r -> r.role() == RowRole.HEADER).findFirst().orElseThrow().cells();
        assertEquals("STT", header.get(0).text());
        assertEquals("Ghi chú", header.get(header.size() - 1).text());
        int firstData = indexOf(grid, RowRole.DATA, 0);
        int lastData = lastIndexOf(grid, RowRole.DATA);
        assertTrue(grid.rows().subList(firstData, lastData).stream().anyMatch(r -> r.role() == RowRole.BLANK));
    }

    @Test
    void semicolonsOnlyForUtf8Csv() {
        assertFalse(FileQuirks.SEMICOLON_SEPARATOR.appliesTo(file(FileFormat.XLSX, CsvEncoding.UTF8)));
        assertFalse(FileQuirks.SEMICOLON_SEPARATOR.appliesTo(file(FileFormat.CSV, CsvEncoding.UTF16_TAB)));
        FileDraft file = withQuirk(FileQuirks.SEMICOLON_SEPARATOR, FileFormat.CSV, 1);
        assertEquals(';', file.delimiter());
    }

    private static int indexOf(Grid grid, RowRole role, int from) {
        for (int i = from; i < grid.rows().size(); i++) {
            if (grid.rows().get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(Grid grid, RowRole role) {
        for (int i = grid.rows().size() - 1; i >= 0; i--) {
            if (grid.rows().get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }
}
