package vn.diemtua.extracts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.types.StructField;
import vn.diemtua.i18n.Messages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DATA_DICTIONARY.csv} and {@code DATA_DICTIONARY.md}: every column of every dataset with
 * its type, Vietnamese label, English meaning and unit. Building it fails, naming the columns, if
 * any column is not described, so an extract never ships a column nobody explained.
 */
public final class DataDictionary {
    public static final String CSV_FILE = "DATA_DICTIONARY.csv";
    public static final String MARKDOWN_FILE = "DATA_DICTIONARY.md";
    static final List<String> CSV_HEADER = List.of("dataset", "column", "type", "label_vi", "meaning_en", "unit_vi", "unit_en");

    private final List<DatasetName> datasets;
    private final List<DictionaryEntry> entries;
    private final Messages messages = new Messages("vn/diemtua/extracts/messages");

    private DataDictionary(List<DatasetName> datasets, List<DictionaryEntry> entries) {
        this.datasets = datasets;
        this.entries = entries;
    }

    public static DataDictionary of(List<ExtractDataset> datasets) {
        ColumnDescriptions descriptions = ColumnDescriptions.bundled();
        List<DictionaryEntry> entries = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (ExtractDataset dataset : datasets) {
            for (StructField field : dataset.frame().schema().fields()) {
                Optional<DictionaryEntry> entry = descriptions.describe(dataset.name(), field.name(), field.dataType().sql());
                entry.ifPresentOrElse(entries::add, () -> undescribed.add(dataset.name().folder() + "." + field.name()));
            }
        }
        if (!undescribed.isEmpty()) {
            throw new IllegalStateException("no description in " + ColumnDescriptions.RESOURCE + " for " + undescribed);
        }
        return new DataDictionary(datasets.stream().map(ExtractDataset::name).toList(), List.copyOf(entries));
    }

    public List<DictionaryEntry> entries() {
        return entries;
    }

    /** UTF-8 with a byte-order mark, so that Excel shows the Vietnamese labels correctly. */
    public byte[] toCsv() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(CSV_HEADER);
            for (DictionaryEntry e : entries) {
                printer.printRecord(e.dataset(), e.column(), e.type(), e.labelVi(), e.meaningEn(), e.unitVi(), e.unitEn());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(messages.vi("dictionary.title")).append(" / ").append(messages.en("dictionary.title")).append("\n\n");
        md.append(messages.vi("dictionary.intro")).append("\n\n").append(messages.en("dictionary.intro")).append("\n");
        for (DatasetName dataset : datasets) {
            String key = "dataset." + dataset.folder();
            md.append("\n## ").append(dataset.folder()).append("\n\n")
                    .append(messages.vi(key)).append("\n\n").append(messages.en(key)).append("\n\n");
            md.append("| ").append(header("column")).append(" | ").append(header("type")).append(" | ")
                    .append(header("label")).append(" | ").append(header("meaning")).append(" | ")
                    .append(header("unit")).append(" |\n|---|---|---|---|---|\n");
            for (DictionaryEntry e : entries) {
                if (e.dataset().equals(dataset.folder())) {
                    String unit = e.unitVi().isEmpty() ? "" : e.unitVi() + " / " + e.unitEn();
                    md.append("| `").append(e.column()).append("` | ").append(e.type()).append(" | ")
                            .append(cell(e.labelVi())).append(" | ").append(cell(e.meaningEn())).append(" | ")
                            .append(cell(unit)).append(" |\n");
                }
            }
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String header(String name) {
        return messages.vi("dictionary.header." + name) + " / " + messages.en("dictionary.header." + name);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
