package vn.diemtua.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Metric names from the catalog shipped in the jar ({@code /catalog/metrics.csv}, from
 * {@code data/catalog/}): only the columns {@code id}, {@code label_vi}, {@code label_en} and
 * {@code unit}, so that the report does not depend on how formulas are parsed.
 */
public final class CatalogLabels implements MetricLabels {
    static final String RESOURCE = "/catalog/metrics.csv";

    private final Map<String, MetricInfo> byId;

    CatalogLabels(Map<String, MetricInfo> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** The catalog in the jar; empty (every metric named by its id) if the jar has none. */
    public static CatalogLabels bundled() {
        Map<String, MetricInfo> byId = new HashMap<>();
        try (InputStream in = CatalogLabels.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
                for (CSVRecord record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String id = column(record, "id");
                    if (id != null && !id.startsWith("#")) {
                        byId.put(id, new MetricInfo(id, orElse(column(record, "label_vi"), id),
                                orElse(column(record, "label_en"), id), orElse(column(record, "unit"), "")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the metric catalog " + RESOURCE, e);
        }
        return new CatalogLabels(byId);
    }

    private static String column(CSVRecord record, String name) {
        if (!record.isMapped(name) || !record.isSet(name)) {
            return null;
        }
        String value = record.get(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public MetricInfo of(String metricId) {
        MetricInfo info = byId.get(metricId);
        return info != null ? info : new MetricInfo(metricId, metricId, metricId, "");
    }

    public boolean knows(String metricId) {
        return byId.containsKey(metricId);
    }
}
