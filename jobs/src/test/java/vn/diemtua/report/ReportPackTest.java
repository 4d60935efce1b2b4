package vn.diemtua.report;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.testing.SparkTestSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pack rendered from tiny frames: files, dashboard, tables, publishing. */
class ReportPackTest {
    private static final String HOSTILE = "Tỉnh <script>alert(\"x\")</script> & \"Co\"";
    private static ReportFigures figures;
    private static ReportPack.Rendered rendered;

    @BeforeAll
    static void render() {
        ReportFigures read = ReportFigures.collect(ReportFixtures.inputs(SparkTestSession.get()), ReportPlan.bundled(),
                ReportFixtures.LABELS);
        // A unit name from the data with markup in it: the page must show it as text.
        List<ReportFigures.WindowFigure> ranking = new ArrayList<>(read.provinceRanking());
        ranking.add(new ReportFigures.WindowFigure("solve_rate", "99", HOSTILE, 0.70, 0.71, ">", 0.75));
        figures = new ReportFigures(read.window(), read.geography(), read.version(), read.nationMonthly(),
                read.nationWindow(), ranking, read.provinceReporting(), read.nationReporting(), read.ratioMetrics());
        rendered = new ReportPack(ReportPlan.bundled(), ReportFixtures.LABELS, new ProvinceNames(ReferenceData.bundled()),
                "test").render(figures);
    }

    @Test
    void holdsEveryFileOfTheContract() {
        assertEquals(5, rendered.charts(), "the five charts have figures");
        for (String id : List.of("trend", "ranking", "progress", "completeness", "comparison")) {
            assertTrue(rendered.files().containsKey("charts/" + id + ".png"), id);
            assertTrue(rendered.files().containsKey("charts/" + id + ".svg"), id);
            assertTrue(rendered.files().containsKey("tables/" + id + ".csv"), id);
        }
        assertTrue(rendered.files().containsKey("index.html"));
        String vi = text("summary.vi.md");
        assertTrue(vi.startsWith("# Tổng hợp kết quả công tác của Công an cấp xã từ tháng 10/2022 đến tháng 9/2023\n"));
        assertTrue(vi.contains("đã phát hiện hơn 22 nghìn vụ phạm tội, vi phạm pháp luật"), vi);
        assertTrue(vi.contains("metric\\_values phiên bản 7, reporting\\_rates phiên bản 3"), "source line: " + vi);
        assertTrue(text("summary.en.md").contains("more than 22 thousand crimes"));
    }

    @Test
    void theDashboardEscapesTextAndLinksOnlyRelativeFiles() {
        String html = text("index.html");
        assertFalse(html.contains("<script>"), "a name from the data is not markup");
        assertTrue(html.contains("Tỉnh &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;"), "escaped");
        assertTrue(html.contains("<img src=\"charts/ranking.png\" width=\"900\""));
        assertTrue(html.contains("<html lang=\"vi\">"));
        assertTrue(html.contains("hơn 22 nghìn"));
        assertTrue(html.contains("more than 22 thousand"), "the English summary is on the page too");
        for (String reference : List.of("src=\"http", "href=\"http", "src=\"//", "href=\"//", "@import", "url(")) {
            assertFalse(html.contains(reference), "no network reference: " + reference);
        }
    }

    @Test
    void theTablesBehindTheChartsAreMachineReadable() {
        String ranking = text("tables/ranking.csv");
        assertEquals("rank,unit_code,unit_name,window_value,prior_value,meets_target", ranking.lines().findFirst().get());
        assertTrue(ranking.contains("\r\n1,01,Thành phố Hà Nội,0.81,0.79,true\r\n"), ranking);
        assertTrue(ranking.contains(",11,Tỉnh Điện Biên,0.69,0.72,false\r\n"), ranking);
        assertFalse(ranking.contains("Tỉnh Hà Giang"), "a province without a value is not ranked");
        String comparison = text("tables/comparison.csv");
        assertTrue(comparison.contains("crimes_and_violations,\"Số vụ phạm tội, vi phạm pháp luật\",22345,21240,"),
                comparison);
        String trend = text("tables/trend.csv");
        assertEquals("ky_bao_cao,crimes_and_violations,subjects_handled,drug_cases", trend.lines().findFirst().get());
        assertEquals(1 + 24, trend.lines().count(), "24 months: the window and the year before it");
        String progress = text("tables/progress.csv");
        assertTrue(progress.contains("dự báo,2026-08,1,,\r\n"), "the projection row: " + progress);
    }

    @Test
    void publishesWholeAndReplacesAnEarlierReport() throws IOException {
        Path out = SparkTestSession.newFolder("report-out");
        ReportPublisher publisher = new ReportPublisher(new Configuration());
        String first = publisher.publish(out.toUri().toString(), figures.window(), rendered.files());
        Path folder = out.resolve("report").resolve("2022-10_2023-09");
        assertTrue(first.startsWith("file:") && first.endsWith("/report/2022-10_2023-09"), first);
        Files.writeString(folder.resolve("stale.txt"), "from an earlier run");

        publisher.publish(out.toUri().toString(), figures.window(), Map.of("index.html", rendered.files().get("index.html")));
        assertFalse(Files.exists(folder.resolve("stale.txt")), "the earlier report is replaced, not merged");
        assertTrue(Files.exists(folder.resolve("index.html")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("index.html"), files.map(p -> p.getFileName().toString()).toList(),
                    "only what was published: no checksum files beside it");
        }
        try (Stream<Path> siblings = Files.list(out.resolve("report"))) {
            assertEquals(List.of("2022-10_2023-09"), siblings.map(p -> p.getFileName().toString()).toList(),
                    "no temporary or set-aside folder is left");
        }
    }

    @Test
    void aWindowWithoutFiguresShowsNoChartButSaysSo() {
        ReportFigures empty = new ReportFigures(figures.window(), figures.geography(), figures.version(), List.of(),
                List.of(), List.of(), List.of(), Optional.empty(), java.util.Set.of());
        ReportPack.Rendered nothing = new ReportPack(ReportPlan.bundled(), ReportFixtures.LABELS,
                new ProvinceNames(ReferenceData.bundled()), "test").render(empty);
        assertEquals(0, nothing.charts());
        String html = new String(nothing.files().get("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Không có số liệu cho biểu đồ này trong kỳ."));
        assertFalse(html.contains("<img"));
        assertEquals(List.of("Không có số liệu của kỳ báo cáo."), nothing.summaryVi().paragraphs());
    }

    private static String text(String file) {
        return new String(rendered.files().get(file), StandardCharsets.UTF_8);
    }
}
