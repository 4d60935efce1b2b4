package vn.diemtua.report;

import vn.diemtua.charts.RenderedChart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report folder holds, rendered in memory from the figures: the charts (PNG, SVG),
 * the tables behind them (CSV), the summaries (Markdown, Vietnamese and English) and the
 * dashboard page. Charts and tables are in Vietnamese, the language of the conference.
 */
public final class ReportPack {
    private final ReportPlan plan;
    private final MetricLabels labels;
    private final ProvinceNames provinces;
    private final String programVersion;

    public ReportPack(ReportPlan plan, MetricLabels labels, ProvinceNames provinces, String programVersion) {
        this.plan = plan;
        this.labels = labels;
        this.provinces = provinces;
        this.programVersion = programVersion;
    }

    /** What was rendered: the files by path inside the report folder, and the summaries. */
    public record Rendered(Map<String, byte[]> files, List<ReportSection> sections, ConferenceSummary.Text summaryVi,
                           ConferenceSummary.Text summaryEn) {
        public long charts() {
            return sections.stream().map(ReportSection::chart).filter(Optional::isPresent).count();
        }
    }

    public Rendered render(ReportFigures figures) {
        ReportText vi = ReportText.vi(labels);
        ReportText en = ReportText.en(labels);
        List<ReportSection> sections = new ReportCharts(figures, plan, provinces, vi).sections();
        ConferenceSummary summary = new ConferenceSummary(figures, plan, provinces);
        ConferenceSummary.Text summaryVi = summary.write(vi);
        ConferenceSummary.Text summaryEn = summary.write(en);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", Dashboard.render(figures, sections, vi, summaryVi, summaryEn, "en", programVersion));
        files.put("summary.vi.md", SummaryMarkdown.render(summaryVi,
                vi.sourceLine(figures.window(), figures.geography(), figures.version())));
        files.put("summary.en.md", SummaryMarkdown.render(summaryEn,
                en.sourceLine(figures.window(), figures.geography(), figures.version())));
        for (ReportSection section : sections) {
            if (section.chart().isPresent()) {
                RenderedChart chart = section.chart().get();
                files.put("charts/" + section.id() + ".png", chart.png());
                files.put("charts/" + section.id() + ".svg", chart.svgBytes());
            }
            files.put("tables/" + section.id() + ".csv", section.table().csv());
        }
        return new Rendered(files, sections, summaryVi, summaryEn);
    }
}
