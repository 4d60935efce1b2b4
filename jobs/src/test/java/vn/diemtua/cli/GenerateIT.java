package vn.diemtua.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.diemtua.generate.EncodingOption;
import vn.diemtua.generate.FormatOption;
import vn.diemtua.generate.GenerateOptions;
import vn.diemtua.generate.Generator;
import vn.diemtua.generate.draft.Layout;
import vn.diemtua.generate.model.ModelSettings;
import vn.diemtua.generate.model.Submission;
import vn.diemtua.generate.model.UnitType;
import vn.diemtua.model.HeadquartersStatus;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.testing.Cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code generate} then {@code ingest}, through {@code scripts/diemtua} on the packaged jar: every
 * generated file ingests with the accepted, rejected and duplicate rows its manifest expects, each
 * injected error under its reason code, no false warning, and the current tables hold exactly the
 * generator's values — across 2025-07-01, for a workbook province and a UTF-16 CSV province.
 */
class GenerateIT {
    private static final long SEED = 3;
    private static final YearMonth FROM = YearMonth.of(2025, 6);
    private static final YearMonth TO = YearMonth.of(2025, 7);
    private static final Map<String, String> REASON_OF_ERROR = Map.of("unknown_code", "CODE_UNKNOWN",
            "out_of_province", "OUTSIDE_PROVINCE", "bad_month", "MONTH_UNPARSEABLE", "future_month", "MONTH_FUTURE",
            "negative_count", "COUNT_NEGATIVE", "fractional_count", "COUNT_FRACTIONAL", "unknown_tru_so", "HQ_STATUS_UNKNOWN",
            "conflicting_duplicate", "DUPLICATE_CONFLICT");

    /** Facts about the tables, one per line: name and count. */
    private static final String FACTS = """
            SELECT concat('file ', source_file, ' ', cast(rows_accepted AS STRING), ' ', cast(rows_rejected AS STRING), ' ',
                   cast(coalesce(skip_counts['duplicate_row'], 0) AS STRING)) AS fact, 1 AS n FROM ingest_log
            UNION ALL SELECT concat('reason ', reason_code), count(*) FROM rejections GROUP BY reason_code
            UNION ALL SELECT concat('warning ', w), count(*) FROM commune_month LATERAL VIEW explode(warnings) t AS w GROUP BY w
            UNION ALL SELECT concat('units ', cast(ky_bao_cao AS STRING), ' ', province_code), count(*) FROM commune_month GROUP BY ky_bao_cao, province_code
            UNION ALL SELECT concat('cases ', cast(ky_bao_cao AS STRING), ' ', province_code), sum(toi_pham_phat_hien + vi_pham_phat_hien) FROM commune_month GROUP BY ky_bao_cao, province_code
            UNION ALL SELECT concat('subjects ', cast(ky_bao_cao AS STRING), ' ', province_code), sum(doi_tuong_xu_ly) FROM commune_month GROUP BY ky_bao_cao, province_code
            UNION ALL SELECT concat('officers ', cast(ky_bao_cao AS STRING), ' ', province_code), sum(can_bo_chinh_quy) FROM commune_month GROUP BY ky_bao_cao, province_code
            UNION ALL SELECT concat('in use ', cast(ky_bao_cao AS STRING), ' ', province_code), count_if(tru_so = 'da_su_dung') FROM commune_month GROUP BY ky_bao_cao, province_code
            """;

    @Test
    void generatedFilesIngestAsTheManifestSays() throws IOException {
        Path root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "generate-it");
        Path input = root.resolve("input");
        String warehouse = root.resolve("warehouse").toString();
        // Hà Nội in workbooks, Bạc Liêu / Cà Mau as Excel's "Unicode text": two runs into one folder.
        generate(input, root.resolve("hanoi.csv"), "01", "xlsx", "utf8");
        generate(input, root.resolve("south.csv"), "95,96", "csv", "utf16-tab");
        List<CSVRecord> manifest = new ArrayList<>(manifest(root.resolve("hanoi.csv")));
        manifest.addAll(manifest(root.resolve("south.csv")));

        Cli.Result ingest = Cli.run("ingest", "--warehouse", warehouse, "--input", input.toString());
        assertEquals(0, ingest.exitCode(), ingest::describe);
        Map<String, Long> facts = facts(warehouse);

        Map<String, Long> expectedReasons = new TreeMap<>();
        for (CSVRecord file : manifest) {
            String expected = file.get("expected_accepted") + " " + file.get("expected_rejected") + " "
                    + file.get("identical_duplicates");
            String fact = facts.keySet().stream().filter(k -> k.startsWith("file ") && k.contains("/input/" + file.get("path") + " "))
                    .findFirst().orElseThrow(() -> new AssertionError(file.get("path") + " not in ingest_log: " + facts));
            assertTrue(fact.endsWith(" " + expected), file.get("path") + ": expected accepted, rejected, duplicates "
                    + expected + ", ingest_log says " + fact);
            for (String injection : file.get("row_injections").split(";")) {
                String[] idRows = injection.split("=");
                if (REASON_OF_ERROR.containsKey(idRows[0])) {
                    expectedReasons.merge("reason " + REASON_OF_ERROR.get(idRows[0]), Long.parseLong(idRows[1]), Long::sum);
                }
            }
        }
        Map<String, Long> reasons = new TreeMap<>(facts);
        reasons.keySet().removeIf(k -> !k.startsWith("reason "));
        assertEquals(expectedReasons, reasons);
        assertTrue(reasons.size() >= 6, "most kinds of error were injected: " + reasons);
        assertFalse(facts.containsKey("warning NAME_MISMATCH"), "name variants are the same name: " + facts);
        assertFalse(facts.containsKey("warning HQ_STATUS_BACKWARDS"), "headquarters never go backwards: " + facts);

        GenerateOptions options = new GenerateOptions(FROM, TO, Set.of("01", "95", "96"), EnumSet.allOf(UnitType.class),
                FormatOption.BOTH, EncodingOption.MIXED, Layout.PROVINCE_MONTH, SEED, 0.5, 0.05,
                ModelSettings.DEFAULT_REPORTING_RATE, ModelSettings.DEFAULT_LATE_RATE, 1);
        Generator generator = new Generator(ReferenceData.bundled(), options);
        Map<String, Long> expectedTables = new TreeMap<>();
        for (YearMonth month : generator.months()) {
            for (Submission s : generator.submissions(month)) {
                String where = month.atDay(1) + " " + s.unit().provinceCode();
                expectedTables.merge("units " + where, 1L, Long::sum);
                expectedTables.merge("cases " + where, s.values().count(SubmissionKey.TOI_PHAM_PHAT_HIEN)
                        + s.values().count(SubmissionKey.VI_PHAM_PHAT_HIEN), Long::sum);
                expectedTables.merge("subjects " + where, s.values().count(SubmissionKey.DOI_TUONG_XU_LY), Long::sum);
                expectedTables.merge("officers " + where, s.values().count(SubmissionKey.CAN_BO_CHINH_QUY), Long::sum);
                expectedTables.merge("in use " + where, s.values().headquarters() == HeadquartersStatus.DA_SU_DUNG ? 1L : 0L, Long::sum);
            }
        }
        Map<String, Long> tables = new TreeMap<>(facts);
        tables.keySet().removeIf(k -> !k.matches("(units|cases|subjects|officers|in use) .*"));
        assertEquals(expectedTables, tables);
        assertTrue(tables.containsKey("units 2025-06-01 95") && tables.containsKey("units 2025-07-01 96")
                && !tables.containsKey("units 2025-07-01 95"), "Bạc Liêu reports until 2025-06, then Cà Mau: " + tables);
    }

    private static void generate(Path input, Path manifest, String provinces, String format, String encoding) {
        Cli.Result run = Cli.run("generate", "--out-dir", input.toString(), "--from", FROM.toString(), "--to", TO.toString(),
                "--provinces", provinces, "--format", format, "--csv-encoding", encoding, "--seed", Long.toString(SEED),
                "--quirk-rate", "0.5", "--error-rate", "0.05", "--manifest", manifest.toString());
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("Wrote "), run::describe);
    }

    private static List<CSVRecord> manifest(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
    }

    private static Map<String, Long> facts(String warehouse) {
        Cli.Result result = Cli.run("sql", "--warehouse", warehouse, FACTS);
        assertEquals(0, result.exitCode(), result::describe);
        Map<String, Long> facts = new TreeMap<>();
        result.out().lines().skip(1).forEach(line -> {
            int comma = line.lastIndexOf(',');
            facts.put(line.substring(0, comma), Long.parseLong(line.substring(comma + 1)));
        });
        return facts;
    }
}
