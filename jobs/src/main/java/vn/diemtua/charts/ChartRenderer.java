package vn.diemtua.charts;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Draws a chart to PNG and SVG in memory; charts are small, so the driver does it. */
public final class ChartRenderer {
    /** PNG pixels per layout pixel. */
    static final int PNG_SCALE = 2;
    /**
     * SVG viewers without the shipped font fall back to these, all with Vietnamese glyphs. Unquoted:
     * jfreesvg writes the style attribute in single quotes.
     */
    static final String SVG_FONT_STACK = ChartFonts.FAMILY + ", Noto Sans, Segoe UI, Arial, sans-serif";

    private ChartRenderer() {
    }

    public static RenderedChart render(JFreeChart chart, int width, int height) {
        return new RenderedChart(chart.getTitle().getText(), width, height, png(chart, width, height),
                svg(chart, width, height));
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, PNG_SCALE, PNG_SCALE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode chart as PNG: " + chart.getTitle().getText(), e);
        }
        return out.toByteArray();
    }

    private static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // A fixed prefix for clip-path ids instead of a clock-based one: the same chart gives the same bytes.
        g2.setDefsKeyPrefix("chart");
        g2.setFontMapper(family -> ChartFonts.FAMILY.equals(family) ? SVG_FONT_STACK : family);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        g2.dispose();
        return g2.getSVGDocument();
    }
}
