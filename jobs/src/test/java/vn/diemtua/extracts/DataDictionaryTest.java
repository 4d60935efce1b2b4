package vn.diemtua.extracts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.SubmissionKey;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataDictionaryTest {
    /** Every dataset an extract can hold, window_values included, shaped from the fixture tables. */
    private static List<ExtractDataset> allDatasets(String geography) {
        PinnedTables tables = PinnedTables.resolve(ExtractFixture.sharedWarehouse(), ExtractDatasets.TABLES,
                ExtractDatasets.ANCHOR, Optional.empty());
        return ExtractDatasets.build(tables, ExtractFixture.request(geography),
                (t, r) -> Optional.of(ExtractFixture.windowValues()));
    }

    private static String key(String dataset, String column) {
        return dataset + "." + column;
    }

    @Test
    void everyColumnOfEveryDatasetIsDescribedWithItsType() {
        for (String geography : List.of(MetricValuesSchema.AS_REPORTED, MetricValuesSchema.CURRENT)) {
            List<ExtractDataset> datasets = allDatasets(geography);
            assertEquals(DatasetName.values().length, datasets.size());
            Map<String, DictionaryEntry> entries = DataDictionary.of(datasets).entries().stream()
                    .collect(Collectors.toMap(e -> key(e.dataset(), e.column()), Function.identity()));
            Set<String> columns = new HashSet<>();
            for (ExtractDataset dataset : datasets) {
                for (StructField field : dataset.frame().schema().fields()) {
                    String k = key(dataset.name().folder(), field.name());
                    columns.add(k);
                    DictionaryEntry entry = entries.get(k);
                    assertEquals(field.dataType().sql(), entry.type(), k);
                    assertFalse(entry.labelVi().isBlank(), k);
                    assertFalse(entry.meaningEn().isBlank(), k);
                    assertEquals(entry.unitVi().isBlank(), entry.unitEn().isBlank(), "unit in both languages or none: " + k);
                }
            }
            assertEquals(columns, entries.keySet(), "one entry per column, none for columns that do not exist");
        }
    }

    @Test
    void labelsOfSubmissionKeysAreTheTemplateHeadersAndTotalsSaySo() {
        Map<String, DictionaryEntry> entries = DataDictionary.of(allDatasets(MetricValuesSchema.CURRENT)).entries().stream()
                .collect(Collectors.toMap(e -> key(e.dataset(), e.column()), Function.identity()));
        DictionaryEntry commune = entries.get("commune_month.toi_pham_phat_hien");
        assertEquals(SubmissionKey.TOI_PHAM_PHAT_HIEN.templateHeader(), commune.labelVi());
        assertEquals("Crimes detected", commune.meaningEn());
        assertEquals("vụ", commune.unitVi());
        assertEquals("BIGINT", commune.type());
        assertEquals("DATE", entries.get("commune_month.ky_bao_cao").type());
        DictionaryEntry nation = entries.get("nation_month.toi_pham_phat_hien");
        assertEquals("Số vụ phạm tội phát hiện (cộng các đơn vị)", nation.labelVi());
        assertEquals("Crimes detected, summed over the units that reported it", nation.meaningEn());
        assertEquals("Số đơn vị đã báo cáo", entries.get("reporting_rates.reported_units").labelVi());
    }

    @Test
    void anUndescribedColumnStopsTheExtract() {
        ExtractDataset odd = new ExtractDataset(DatasetName.NATION_MONTH, ExtractFixture.spark().createDataFrame(
                List.of(), new org.apache.spark.sql.types.StructType().add("mystery", DataTypes.LongType)),
                List.of("mystery"), Optional.empty());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DataDictionary.of(List.of(odd)));
        assertTrue(e.getMessage().contains("nation_month.mystery"), e.getMessage());
    }

    @Test
    void csvHasAByteOrderMarkAHeaderAndOneRecordPerEntryAndMarkdownATablePerDataset() throws IOException {
        DataDictionary dictionary = DataDictionary.of(allDatasets(MetricValuesSchema.CURRENT));
        String csv = new String(dictionary.toCsv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFdataset,column,type,label_vi,meaning_en,unit_vi,unit_en\r\n"));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(dictionary.entries().size(), records.size());
        assertEquals("Tình trạng trụ sở", records.stream()
                .filter(r -> r.get("dataset").equals("commune_month") && r.get("column").equals("tru_so"))
                .findFirst().orElseThrow().get("label_vi"));
        String md = new String(dictionary.toMarkdown(), StandardCharsets.UTF_8);
        for (DatasetName name : DatasetName.values()) {
            assertTrue(md.contains("\n## " + name.folder() + "\n"), name.folder());
        }
        assertTrue(md.contains("| `current_province_code` | STRING | Mã tỉnh hiện nay |"), md);
    }
}
