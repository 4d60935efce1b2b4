package vn.diemtua.generate;

import org.junit.jupiter.api.Test;
import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.generate.model.UnitType;
import vn.diemtua.generate.write.OutputSink;
import vn.diemtua.ingest.read.FileResult;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.ingest.read.RowKind;
import vn.diemtua.ingest.read.SheetResult;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.ingest.read.SubmissionReader;
import vn.diemtua.reference.ReferenceData;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every generated file, whatever its habits, is read by the project's reader: a header in every
 * sheet, and exactly the generated unit rows as data (banner, totals, signature skipped).
 */
class ReaderRoundTripTest {
    private final SubmissionReader reader = new SubmissionReader(ReadLimits.DEFAULTS);

    @Test
    void provinceWorkbooksAndCsvReadBackRowForRow() throws Exception {
        // Most habits in every file, errors in many rows; a month before and one after 2025-07-01;
        // each format and encoding with its own seed, so that habits land differently.
        long seed = 1;
        for (YearMonth month : List.of(YearMonth.of(2023, 10), YearMonth.of(2025, 9))) {
            String province = month.getYear() == 2023 ? GenerateFixtures.SMALL_PROVINCE : GenerateFixtures.SMALL_PROVINCE_2025;
            for (FormatOption format : List.of(FormatOption.XLSX, FormatOption.CSV)) {
                for (EncodingOption encoding : format == FormatOption.CSV
                        ? List.of(EncodingOption.UTF8, EncodingOption.UTF8_BOM, EncodingOption.UTF16_TAB)
                        : List.of(EncodingOption.UTF8)) {
                    GenerateOptions options = new GenerateOptions(month, month, Set.of(province),
                            EnumSet.allOf(UnitType.class), format, encoding, Layout.PROVINCE_MONTH, seed++, 0.7, 0.05,
                            ModelSettings.DEFAULT_REPORTING_RATE, ModelSettings.DEFAULT_LATE_RATE, 2);
                    assertReadBack(options);
                }
            }
        }
    }

    @Test
    void theLargestProvinceReadsBack() throws Exception {
        YearMonth month = YearMonth.of(2024, 1);
        assertReadBack(new GenerateOptions(month, month, Set.of("01"), EnumSet.allOf(UnitType.class), FormatOption.BOTH,
                EncodingOption.MIXED, Layout.PROVINCE_MONTH, 11, 0.7, 0.05, ModelSettings.DEFAULT_REPORTING_RATE,
                ModelSettings.DEFAULT_LATE_RATE, 2));
    }

    @Test
    void oneFilePerUnitReadsBackToo() throws Exception {
        YearMonth month = YearMonth.of(2024, 2);
        GenerateOptions options = new GenerateOptions(month, month, Set.of(GenerateFixtures.SMALL_PROVINCE),
                EnumSet.of(UnitType.THI_TRAN, UnitType.PHUONG), FormatOption.BOTH, EncodingOption.MIXED, Layout.UNIT, 3, 0.7, 0.1,
                ModelSettings.DEFAULT_REPORTING_RATE, ModelSettings.DEFAULT_LATE_RATE, 2);
        assertReadBack(options);
    }

    private void assertReadBack(GenerateOptions options) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        OutputSink sink = (path, content) -> {
            synchronized (files) {
                files.put(path, content);
            }
        };
        GenerationResult result = new Generator(ReferenceData.bundled(), options).run(sink, (m, d, t, f, r, e) -> {
        });
        assertTrue(result.files().stream().anyMatch(f -> !f.quirks().isEmpty()));
        for (FileReport report : result.files()) {
            String name = report.path().substring(report.path().lastIndexOf('/') + 1);
            FileResult read = reader.read(name, new ByteArrayInputStream(files.get(report.path())));
            int data = 0;
            for (SheetResult sheet : read.sheets()) {
                assertNull(sheet.problem(), report.path() + " " + sheet.sheet() + " " + sheet.notes());
                assertNotNull(sheet.headerRow(), report.path() + " " + sheet.sheet());
                for (SourceRow row : sheet.rows()) {
                    if (row.kind() == RowKind.DATA) {
                        data++;
                    }
                }
            }
            assertEquals(report.dataRows(), data, report.path() + " with " + report.quirks());
        }
    }
}
