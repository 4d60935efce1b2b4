package vn.diemtua.generate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.Expected;
import vn.diemtua.generate.draft.FileDraft;
import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.generate.model.Submission;
import vn.diemtua.generate.model.UnitType;
import vn.diemtua.generate.model.Values;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.UnitDirectory;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTest {
    private static final YearMonth OCT = YearMonth.of(2023, 10);

    @Test
    void theSameSeedWritesByteIdenticalCsvWhateverTheThreads() throws Exception {
        GenerateOptions options = GenerateFixtures.options(OCT, YearMonth.of(2023, 11), FormatOption.CSV, 0.3, 0.05,
                GenerateFixtures.SMALL_PROVINCE, "01");
        Map<String, byte[]> first = GenerateFixtures.run(options);
        Map<String, byte[]> again = GenerateFixtures.run(withThreads(options, 1));
        assertEquals(first.keySet(), again.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
        Map<String, byte[]> otherSeed = GenerateFixtures.run(withSeed(options, 7));
        assertFalse(Arrays.equals(first.get("2023-10/95/95_2023-10.csv"), otherSeed.get("2023-10/95/95_2023-10.csv")));
    }

    @Test
    void theSameSeedWritesWorkbooksWithTheSameContent() throws Exception {
        GenerateOptions options = GenerateFixtures.options(OCT, OCT, FormatOption.XLSX, 0.3, 0.05,
                GenerateFixtures.SMALL_PROVINCE);
        Map<String, byte[]> first = GenerateFixtures.run(options);
        Map<String, byte[]> again = GenerateFixtures.run(options);
        assertEquals(first.keySet(), again.keySet());
        for (String path : first.keySet()) {
            assertEquals(content(first.get(path)), content(again.get(path)), path);
        }
    }

    private static List<String> content(byte[] workbook) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                cells.add("#" + sheet.getSheetName());
                for (Row row : sheet) {
                    row.forEach(c -> cells.add(c.getAddress() + "=" + c.getCellType() + ":" + formatter.formatCellValue(c)));
                }
            }
        }
        return cells;
    }

    @Test
    void aRangeAcrossJuly2025ChangesUnitsAndProvinceFolders() throws Exception {
        // Bạc Liêu (95) went whole into Cà Mau (96) on 2025-07-01.
        GenerateOptions options = GenerateFixtures.options(YearMonth.of(2025, 6), YearMonth.of(2025, 7), FormatOption.CSV,
                0, 0, "95", "96");
        Set<String> folders = GenerateFixtures.run(options).keySet().stream()
                .map(p -> p.substring(0, p.lastIndexOf('/'))).collect(Collectors.toSet());
        assertEquals(Set.of("2025-06/95", "2025-06/96", "2025-07/96"), folders);
        Generator generator = new Generator(ReferenceData.bundled(), options);
        List<Submission> june = generator.submissions(YearMonth.of(2025, 6));
        List<Submission> july = generator.submissions(YearMonth.of(2025, 7));
        assertTrue(june.stream().allMatch(s -> s.unit().validFrom() == null));
        assertTrue(july.stream().allMatch(s -> s.unit().validFrom() != null && s.unit().provinceCode().equals("96")));
        assertTrue(july.size() < june.size() / 2, "merged communes: fewer, larger units");
    }

    @Test
    void everyRowOfAProvinceFolderIsThatProvincesUnitsUnlessInjectedOtherwise() {
        GenerateOptions options = GenerateFixtures.options(OCT, OCT, FormatOption.BOTH, 0.2, 0.05);
        Generator generator = new Generator(ReferenceData.bundled(), options);
        UnitDirectory directory = ReferenceData.bundled().directory();
        List<Submission> month = generator.submissions(OCT);
        int foreign = 0;
        for (Map.Entry<String, String> province : generator.provincesOf(OCT).entrySet()) {
            List<Submission> own = month.stream().filter(s -> s.unit().provinceCode().equals(province.getKey())).toList();
            for (FileDraft file : generator.draft(OCT, province.getKey(), province.getValue(), own)) {
                assertTrue(file.path().startsWith("2023-10/" + province.getKey() + "/"), file.path());
                for (DataRow row : file.rows()) {
                    boolean injected = row.injections().contains("out_of_province") || row.injections().contains("unknown_code");
                    String unitProvince = directory.resolve(row.code(), OCT.atDay(1)).map(u -> u.provinceCode()).orElse(null);
                    assertEquals(!injected, province.getKey().equals(unitProvince), file.path() + " " + row.code());
                    foreign += injected ? 1 : 0;
                }
            }
        }
        assertTrue(foreign > 0);
    }

    /**
     * What ingest should end with: of every unit-month, the accepted row sent last carries exactly the
     * model's values, whatever was injected before it.
     */
    @Test
    void theLatestAcceptedRowOfEveryUnitMonthCarriesTheModelsValues() {
        GenerateOptions options = GenerateFixtures.options(OCT, OCT, FormatOption.BOTH, 0.5, 0.2, "01", "95");
        Generator generator = new Generator(ReferenceData.bundled(), options);
        List<Submission> month = generator.submissions(OCT);
        Map<String, DataRow> latest = new HashMap<>();
        int rejected = 0;
        for (Map.Entry<String, String> province : generator.provincesOf(OCT).entrySet()) {
            List<Submission> own = month.stream().filter(s -> s.unit().provinceCode().equals(province.getKey())).toList();
            for (FileDraft file : generator.draft(OCT, province.getKey(), province.getValue(), own)) {
                for (DataRow row : file.rows()) {
                    if (row.expected() == Expected.REJECT) {
                        rejected++;
                        continue;
                    }
                    latest.merge(row.code(), row, (a, b) -> b.sentOn().isAfter(a.sentOn()) ? b : a);
                }
            }
        }
        assertTrue(rejected > 50, "errors were injected: " + rejected);
        assertEquals(month.size(), latest.size());
        for (Submission s : month) {
            Values current = latest.get(s.unit().code()).values();
            assertEquals(s.values(), current, s.unit().code());
        }
    }

    @Test
    void unitLayoutWritesAFilePerUnitAndTheUnitTypesChosen() throws Exception {
        GenerateOptions options = new GenerateOptions(OCT, OCT, Set.of(GenerateFixtures.SMALL_PROVINCE),
                EnumSet.of(UnitType.THI_TRAN), FormatOption.CSV, EncodingOption.UTF8, Layout.UNIT,
                ModelSettings.DEFAULT_SEED, 0, 0, 1.0, 0, 1);
        Map<String, byte[]> files = GenerateFixtures.run(options);
        List<String> expected = ReferenceData.bundled().units().stream()
                .filter(u -> u.validFrom() == null && u.provinceCode().equals("95") && u.type().equals("Thị trấn"))
                .map(u -> "2023-10/95/" + u.code() + "_2023-10.csv").sorted().toList();
        assertEquals(expected, new ArrayList<>(files.keySet()));
        String text = new String(files.get(expected.get(0)), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("TRƯỞNG CÔNG AN THỊ TRẤN"));
    }

    @Test
    void theManifestCountsWhatTheDraftsSay() throws Exception {
        GenerateOptions options = GenerateFixtures.options(OCT, OCT, FormatOption.BOTH, 0.2, 0.05, "01");
        List<FileReport> reports = new ArrayList<>();
        GenerationResult result = new Generator(ReferenceData.bundled(), options).run((path, bytes) -> {
        }, (m, d, t, f, r, e) -> {
        });
        reports.addAll(result.files());
        reports.sort(Comparator.comparing(FileReport::path));
        String manifest = new String(Manifest.csv(result), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(manifest.startsWith(String.join(",", Manifest.HEADER)));
        assertEquals(reports.size() + 1, manifest.split("\r\n").length);
        FileReport main = reports.get(0);
        assertEquals("2023-10/01/01_2023-10." + main.format(), main.path());
        int errors = main.injections().entrySet().stream()
                .filter(e -> Set.of("unknown_code", "out_of_province", "bad_month", "future_month", "negative_count",
                        "fractional_count", "unknown_tru_so", "conflicting_duplicate").contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        assertEquals(errors, main.expectedRejects());
        assertNotEquals(0, main.expectedRejects());
        assertEquals(main.dataRows() - main.expectedRejects() - main.duplicates(), main.expectedAccepts());
    }

    @Test
    void aProvinceWithoutUnitsInTheRangeIsBadUsage() {
        GenerateOptions options = GenerateFixtures.options(YearMonth.of(2025, 8), YearMonth.of(2025, 9), FormatOption.CSV,
                0, 0, "95");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Generator(ReferenceData.bundled(), options));
        assertTrue(e.getMessage().contains("95"));
    }

    private static GenerateOptions withThreads(GenerateOptions o, int threads) {
        return new GenerateOptions(o.from(), o.to(), o.provinces(), o.unitTypes(), o.format(), o.csvEncoding(), o.layout(),
                o.seed(), o.quirkRate(), o.errorRate(), o.reportingRate(), o.lateRate(), threads);
    }

    private static GenerateOptions withSeed(GenerateOptions o, long seed) {
        return new GenerateOptions(o.from(), o.to(), o.provinces(), o.unitTypes(), o.format(), o.csvEncoding(), o.layout(),
                seed, o.quirkRate(), o.errorRate(), o.reportingRate(), o.lateRate(), o.threads());
    }
}
