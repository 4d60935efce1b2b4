package vn.diemtua.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Which metrics each part of the report shows, by catalog id. Kept in {@code plan.properties}
 * beside this class so that analysts change the pack's indicators without touching Java.
 *
 * @param trend      the main monthly flows: lines of the national trend, lead of the summary
 * @param comparison the indicators compared with the same window a year earlier
 * @param ranking    the rate ranked by province against its target
 * @param progress   the share followed over time against its target
 * @param completeness the metric the summary's reporting paragraph (from {@code reporting_rates}) stands for
 * @param stocks     metrics measured at a month's end: a window takes their last month
 */
public record ReportPlan(List<String> trend, List<String> comparison, String ranking, String progress,
                         String completeness, Set<String> stocks) {
    public ReportPlan {
        trend = List.copyOf(trend);
        comparison = List.copyOf(comparison);
        stocks = Set.copyOf(stocks);
    }

    public static ReportPlan bundled() {
        Properties properties = new Properties();
        try (InputStream in = ReportPlan.class.getResourceAsStream("plan.properties")) {
            if (in == null) {
                throw new IllegalStateException("vn/diemtua/report/plan.properties is missing from the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report plan", e);
        }
        return new ReportPlan(list(properties, "trend"), list(properties, "comparison"),
                required(properties, "ranking"), required(properties, "progress"), required(properties, "completeness"),
                Set.copyOf(list(properties, "stocks")));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key, "").trim();
        if (value.isEmpty()) {
            throw new IllegalStateException("plan.properties has no '" + key + "'");
        }
        return value;
    }

    private static List<String> list(Properties properties, String key) {
        return Arrays.stream(required(properties, key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Every metric the report reads. */
    public Set<String> allMetrics() {
        Set<String> all = new LinkedHashSet<>(trend);
        all.addAll(comparison);
        all.add(ranking);
        all.add(progress);
        return all;
    }
}
