package vn.diemtua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.diemtua.charts.ChartFonts;
import vn.diemtua.charts.ChartStyle;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's chart: one PNG with a panel per part of the results JSON that {@code scripts/bench}
 * wrote (national year against its peers, scale, monthly increment), wall and CPU seconds as bars.
 * Arguments: the results JSON, the PNG to write.
 */
public final class BenchChart {
    private static final int PANEL_WIDTH = 520;
    private static final int HEIGHT = 420;

    private BenchChart() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        List<JFreeChart> panels = new ArrayList<>();
        JsonNode national = results.path("national_year").path("runs");
        if (!national.isMissingNode()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            national.fieldNames().forEachRemaining(name -> addTimes(data, national.get(name), label(name)));
            panels.add(chart("National year " + String.join(" … ", text(results.path("national_year").path("window"))),
                    data, "seconds"));
        }
        JsonNode scale = results.path("scale").path("points");
        if (scale.size() > 0) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (JsonNode point : scale) {
                String category = point.path("scale").asText() + " (" + point.path("unit_rows_accepted").asText() + " rows)";
                data.addValue(point.path("wall_ms_per_row").asDouble(), "wall", category);
                data.addValue(point.path("cpu_ms_per_row").asDouble(), "CPU", category);
            }
            panels.add(chart("Scale: cost per unit row", data, "milliseconds per row"));
        }
        JsonNode increment = results.path("increment").path("points");
        if (increment.size() > 0) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (JsonNode point : increment) {
                String category = point.path("history_years").asText() + " y of history";
                data.addValue(point.path("increment_wall_seconds").asDouble(), "wall", category);
                data.addValue(point.path("increment_cpu_seconds").asDouble(), "CPU", category);
            }
            panels.add(chart("One new month (ingest + metrics)", data, "seconds"));
        }
        if (panels.isEmpty()) {
            throw new IllegalArgumentException(args[0] + " holds no part of the benchmark to draw");
        }
        BufferedImage image = new BufferedImage(PANEL_WIDTH * panels.size(), HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(g, new Rectangle2D.Double(i * PANEL_WIDTH, 0, PANEL_WIDTH, HEIGHT));
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[1]));
    }

    private static void addTimes(DefaultCategoryDataset data, JsonNode run, String label) {
        data.addValue(run.path("wall_seconds").asDouble(), "wall", label);
        data.addValue(run.path("cpu_seconds").asDouble(), "CPU", label);
    }

    private static String label(String run) {
        return switch (run) {
            case "pipeline" -> "pipeline";
            case "spark_floor" -> "Spark floor";
            case "duckdb" -> "DuckDB";
            default -> run;
        };
    }

    private static List<String> text(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JFreeChart chart(String title, DefaultCategoryDataset data, String valueLabel) {
        NumberAxis values = new NumberAxis(valueLabel);
        values.setLabelFont(ChartFonts.regular(12f));
        values.setTickLabelFont(ChartFonts.regular(11f));
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(ChartFonts.regular(11f));
        categories.setMaximumCategoryLabelLines(2);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.SERIES[0]);
        bars.setSeriesPaint(1, ChartStyle.SERIES[1]);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.#")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartFonts.regular(10f));
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart(title, ChartFonts.bold(14f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(ChartFonts.regular(11f));
        return chart;
    }
}
