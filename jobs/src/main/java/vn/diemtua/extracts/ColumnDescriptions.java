package vn.diemtua.extracts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.diemtua.i18n.Messages;
import vn.diemtua.model.SubmissionKey;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each extract column means, from {@code vn/diemtua/extracts/columns.csv} (a row per column,
 * or per dataset and column where a dataset gives a name its own meaning). The Vietnamese label of
 * a submission key is its template header ({@link SubmissionKey#templateHeader()}); in the total
 * datasets a count key's texts say it is summed over units.
 */
final class ColumnDescriptions {
    static final String RESOURCE = "/vn/diemtua/extracts/columns.csv";

    private record Text(String labelVi, String meaningEn, String unitVi, String unitEn) {
    }

    private final Map<String, Text> texts;
    private final Messages messages;

    private ColumnDescriptions(Map<String, Text> texts, Messages messages) {
        this.texts = texts;
        this.messages = messages;
    }

    static ColumnDescriptions bundled() {
        Map<String, Text> texts = new HashMap<>();
        try (InputStream in = ColumnDescriptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                texts.put(lookupKey(r.get("dataset"), r.get("column")),
                        new Text(r.get("label_vi"), r.get("meaning_en"), r.get("unit_vi"), r.get("unit_en")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new ColumnDescriptions(texts, new Messages("vn/diemtua/extracts/messages"));
    }

    /** The column's entry, or empty if nothing describes it. */
    Optional<DictionaryEntry> describe(DatasetName dataset, String column, String type) {
        Text text = texts.getOrDefault(lookupKey(dataset.folder(), column), texts.get(lookupKey("", column)));
        if (text == null || text.meaningEn().isBlank()) {
            return Optional.empty();
        }
        Optional<SubmissionKey> key = SubmissionKey.fromKey(column);
        String label = key.map(SubmissionKey::templateHeader).orElse(text.labelVi());
        if (label.isBlank()) {
            return Optional.empty();
        }
        String meaning = text.meaningEn();
        if (dataset.isTotal() && key.isPresent() && key.get().kind().isCount()) {
            label = messages.vi("dictionary.total.label", label);
            meaning = messages.en("dictionary.total.meaning", meaning);
        }
        return Optional.of(new DictionaryEntry(dataset.folder(), column, type, label, meaning, text.unitVi(), text.unitEn()));
    }

    private static String lookupKey(String dataset, String column) {
        return dataset + "\u0000" + column;
    }
}
