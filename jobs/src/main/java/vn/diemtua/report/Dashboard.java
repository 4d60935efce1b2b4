package vn.diemtua.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import vn.diemtua.charts.RenderedChart;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: one static HTML page that opens from the file system without a network (inline
 * CSS, images by relative links), with the summary, the charts and the tables behind them.
 * Rendered from {@code dashboard.html.mustache}; every value is HTML-escaped by the template engine.
 */
public final class Dashboard {
    private static final Template TEMPLATE = load();

    private Dashboard() {
    }

    private static Template load() {
        try (InputStream in = Dashboard.class.getResourceAsStream("dashboard.html.mustache")) {
            if (in == null) {
                throw new IllegalStateException("vn/diemtua/report/dashboard.html.mustache is missing from the jar");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return Mustache.compiler().escapeHTML(true).strictSections(false).defaultValue("").compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dashboard template", e);
        }
    }

    /**
     * @param text     the page's language
     * @param summary  the summary in that language
     * @param other    the summary in the other language (shown folded)
     * @param otherLang its language tag
     */
    public static byte[] render(ReportFigures figures, List<ReportSection> sections, ReportText text,
                                ConferenceSummary.Text summary, ConferenceSummary.Text other, String otherLang,
                                String programVersion) {
        ReportWindow window = figures.window();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", text.get("page.language"));
        page.put("title", text.get("page.title"));
        page.put("window", text.get("page.window", text.month(window.from()), text.month(window.to())));
        page.put("geography", text.get("page.geography." + figures.geography()));
        page.put("source", text.sourceLine(window, figures.geography(), figures.version()));
        page.put("generated", text.get("page.generated", programVersion));
        page.put("labels", Map.of(
                "contents", text.get("page.contents"),
                "summary", text.get("page.summary"),
                "other", text.get("page.summary.other"),
                "table", text.get("page.table"),
                "download", text.get("page.download"),
                "nodata", text.get("page.nodata")));
        page.put("summary", Map.of("title", summary.title(), "paragraphs", summary.paragraphs()));
        page.put("other", Map.of("lang", otherLang, "title", other.title(), "paragraphs", other.paragraphs()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (ReportSection section : sections) {
            items.add(section(section, items.size() + 1, text));
        }
        page.put("sections", items);
        return TEMPLATE.execute(page).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> section(ReportSection section, int number, ReportText text) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", section.id());
        item.put("number", number);
        item.put("title", section.title());
        item.put("description", section.description());
        // A section list of zero or one element: the chart's block shows only when there is one.
        List<Map<String, Object>> chart = new ArrayList<>();
        section.chart().ifPresent(c -> chart.add(chart(c)));
        item.put("chart", chart);
        item.put("headers", section.table().columns().stream().map(ChartTable.Column::header).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<ChartTable.Cell> cells : section.table().cells(text)) {
            rows.add(Map.of("cells", cells.stream()
                    .map(c -> Map.<String, Object>of("text", c.text(), "numeric", c.numeric())).toList()));
        }
        item.put("rows", rows);
        return item;
    }

    private static Map<String, Object> chart(RenderedChart chart) {
        return Map.of("width", chart.width(), "height", chart.height());
    }
}
