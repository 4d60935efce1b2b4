package vn.diemtua.notebook;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/** One look for notebook charts: a font with Vietnamese glyphs, white plot, a fixed palette. */
final class ChartStyle {
    /** DejaVu has every Vietnamese glyph; Java's logical SansSerif maps to whatever fontconfig finds. */
    private static final String FAMILY = Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).contains("DejaVu Sans")
            ? "DejaVu Sans" : Font.SANS_SERIF;

    private static final Color[] PALETTE = {
            new Color(0x1F4E79), new Color(0xE67E22), new Color(0x27AE60), new Color(0x8E44AD),
            new Color(0x7F8C8D), new Color(0xC0392B), new Color(0x16A085), new Color(0xD4AC0D)};

    private ChartStyle() {
    }

    static String family() {
        return FAMILY;
    }

    static Font font(int size) {
        return new Font(FAMILY, Font.PLAIN, size);
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(new Font(FAMILY, Font.BOLD, 16));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(12));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD5D8DC));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setLabelFont(font(13));
        plot.getDomainAxis().setTickLabelFont(font(11));
        plot.getRangeAxis().setLabelFont(font(13));
        plot.getRangeAxis().setTickLabelFont(font(11));
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        if (renderer instanceof LineAndShapeRenderer line) {
            line.setDefaultShapesVisible(true);
        }
        if (renderer instanceof BarRenderer bar) {
            bar.setBarPainter(new StandardBarPainter());
            bar.setShadowVisible(false);
            bar.setItemMargin(0.05);
        }
    }
}
