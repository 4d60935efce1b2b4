package vn.diemtua.charts;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each chart kind draws PNG and SVG with its Vietnamese texts intact, in the shipped font only. */
class ChartsRenderTest {
    private static final String SOURCE = "Nguồn: Điểm Tựa · kỳ 10/2022–9/2023 · metric_values phiên bản 7";
    private static final YearMonth FROM = YearMonth.of(2022, 10);
    private static final YearMonth TO = YearMonth.of(2023, 9);

    @Test
    void trendChart() throws IOException {
        List<MonthValue> crimes = new ArrayList<>();
        List<MonthValue> subjects = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2021, 10); !m.isAfter(TO); m = m.plusMonths(1)) {
            crimes.add(new MonthValue(m, 1700 + 90 * Math.sin(m.getMonthValue())));
            subjects.add(new MonthValue(m, 2600 + 120 * Math.cos(m.getMonthValue())));
        }
        RenderedChart chart = TrendChart.render(new TrendChart.Input(
                        List.of(new MonthlySeries("Số vụ phạm tội, vi phạm pháp luật", crimes),
                                new MonthlySeries("Số đối tượng bắt giữ, xử lý", subjects)),
                        FROM, TO, "Kỳ báo cáo", "Số lượng (vụ, đối tượng)"),
                new ChartText("Diễn biến hằng tháng trên toàn quốc", "Từ tháng 10/2021 đến tháng 9/2023", SOURCE),
                Formats.VI);
        assertRendered(chart, "trend", "Diễn biến hằng tháng trên toàn quốc", "Số đối tượng bắt giữ, xử lý");
        assertTrue(chart.svg().contains("2.500") || chart.svg().contains("2.000"),
                "the value axis groups thousands with a dot");
    }

    @Test
    void rankingChart() throws IOException {
        List<LabeledValue> provinces = List.of(new LabeledValue("Thành phố Hà Nội", 0.81),
                new LabeledValue("Tỉnh Điện Biên", 0.69), new LabeledValue("Tỉnh Bà Rịa - Vũng Tàu", 0.77),
                new LabeledValue("Tỉnh Quảng Ngãi", 0.752));
        RankingChart.Input input = new RankingChart.Input(provinces, 0.75, v -> v > 0.75, 0.78);
        assertEquals("Tỉnh Điện Biên", input.units().get(input.units().size() - 1).label(), "lowest last");
        RenderedChart chart = RankingChart.render(input,
                new RankingChart.Labels("Tỷ lệ (%)", "Chỉ tiêu: trên 75%", "Toàn quốc: 78,0%", "Đạt chỉ tiêu",
                        "Chưa đạt chỉ tiêu"),
                new ChartText("Tỷ lệ điều tra làm rõ theo tỉnh", null, SOURCE), Formats.VI);
        assertRendered(chart, "ranking", "Tỷ lệ điều tra làm rõ theo tỉnh", "Tỉnh Điện Biên", "Chỉ tiêu: trên 75%",
                "75,2%");
    }

    @Test
    void targetProgressChart() throws IOException {
        List<MonthValue> share = new ArrayList<>();
        double value = 0.41;
        for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(TO); m = m.plusMonths(1)) {
            share.add(new MonthValue(m, value));
            value += 0.012;
        }
        RenderedChart chart = TargetProgressChart.render(
                new TargetProgressChart.Input(share, 1.0, YearMonth.of(2025, 12), YearMonth.of(2026, 8)),
                new TargetProgressChart.Labels("Thực tế", "Dự báo theo tốc độ hiện nay", "Chỉ tiêu 100%",
                        "Thời hạn 12/2025", "Tỷ lệ đơn vị (%)"),
                new ChartText("Tiến độ trụ sở làm việc Công an xã", "Dự kiến đạt chỉ tiêu: 8/2026", SOURCE),
                Formats.VI);
        assertRendered(chart, "target", "Tiến độ trụ sở làm việc Công an xã", "Dự báo theo tốc độ hiện nay",
                "Thời hạn 12/2025");
    }

    @Test
    void heatMapChart() throws IOException {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<String> rows = List.of("Thành phố Hà Nội", "Tỉnh Hà Giang", "Tỉnh Cao Bằng");
        List<HeatMapChart.Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = r; c < months.size(); c++) {
                cells.add(new HeatMapChart.Cell(r, months.get(c), 1.0 - 0.04 * ((r + c) % 6)));
            }
        }
        RenderedChart chart = HeatMapChart.render(new HeatMapChart.Input(rows, months, cells),
                new HeatMapChart.Labels("Tháng báo cáo", "Tỷ lệ đơn vị đã báo cáo"),
                new ChartText("Mức độ đầy đủ của báo cáo theo tỉnh và tháng", "Ô xám: không có số liệu", SOURCE),
                Formats.VI);
        assertRendered(chart, "heatmap", "Mức độ đầy đủ của báo cáo theo tỉnh và tháng", "Tỉnh Hà Giang", "10/2022");
    }

    @Test
    void comparisonChart() throws IOException {
        RenderedChart chart = ComparisonChart.render(List.of(
                        new ComparisonChart.Indicator("Số vụ phạm tội, vi phạm pháp luật", 22345, 21240, false),
                        new ComparisonChart.Indicator("Số đối tượng bắt giữ, xử lý", 33800, 34900, false),
                        new ComparisonChart.Indicator("Tỷ lệ điều tra làm rõ", 0.785, 0.761, true)),
                new ComparisonChart.Labels("Thay đổi so với cùng kỳ (%)", "Tăng", "Giảm", "so với"),
                new ChartText("So sánh với cùng kỳ năm trước", "10/2022–9/2023 so với 10/2021–9/2022", SOURCE),
                Formats.VI);
        assertRendered(chart, "comparison", "So sánh với cùng kỳ năm trước", "+5,2% (22.345 so với 21.240)",
                "+3,2% (78,5% so với 76,1%)");
    }

    @Test
    void comparisonNeedsAPriorValue() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ComparisonChart.Indicator("Số vụ ma túy", 10, 0, false));
    }

    /** The texts are in the SVG as written, every font is the shipped one, the PNG is a real picture. */
    static void assertRendered(RenderedChart chart, String name, String... texts) throws IOException {
        Path preview = Path.of("target", "chart-preview");
        Files.createDirectories(preview);
        Files.write(preview.resolve(name + ".png"), chart.png());
        Files.write(preview.resolve(name + ".svg"), chart.svgBytes());

        assertWellFormed(chart.svg());
        for (String text : texts) {
            assertTrue(chart.svg().contains(escapeXml(text)), "SVG holds \"" + text + "\" with its diacritics");
        }
        Set<String> families = new HashSet<>();
        Matcher m = Pattern.compile("font-family: ?([^;\"]+)").matcher(chart.svg());
        while (m.find()) {
            families.add(m.group(1).trim());
        }
        assertFalse(families.isEmpty(), "the SVG names its fonts");
        for (String family : families) {
            assertTrue(family.startsWith("DejaVu Sans,"), "only the shipped font is used, found " + family);
        }

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertEquals(chart.width() * 2, image.getWidth());
        assertEquals(chart.height() * 2, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "the PNG has drawing in it, not a blank canvas: " + colours.size());
        assertTrue(chart.png().length > 10_000, "PNG size " + chart.png().length);
    }

    private static void assertWellFormed(String svg) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            // The DOCTYPE names a DTD on the web: never fetch it.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            org.w3c.dom.Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals("svg", document.getDocumentElement().getTagName());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | IOException e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
