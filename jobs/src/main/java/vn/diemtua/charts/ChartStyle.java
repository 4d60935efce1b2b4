package vn.diemtua.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.Stroke;
import java.text.NumberFormat;

/**
 * The look every chart shares: the shipped fonts in every text element, a colour-blind-safe
 * palette (Okabe–Ito), light grid lines, flat bars, the subtitle on top and the source line at
 * the bottom left.
 */
public final class ChartStyle {
    /** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
    public static final Color[] SERIES = {
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000),
    };
    public static final Color GOOD = new Color(0x0072B2);
    public static final Color SHORT = new Color(0xD55E00);
    public static final Color TARGET = new Color(0xB2182B);
    public static final Color REFERENCE = new Color(0x444444);
    public static final Color WINDOW = new Color(0xE4F1FA);
    public static final Color NO_DATA = new Color(0xEEEEEE);
    public static final Color TEXT = new Color(0x222222);
    public static final Color MUTED = new Color(0x555555);
    public static final Color GRID = new Color(0xDDDDDD);

    public static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[]{7f, 5f}, 0f);
    public static final Stroke MARKER = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            1f, new float[]{5f, 4f}, 0f);

    private ChartStyle() {
    }

    public static Font titleFont() {
        return ChartFonts.bold(18f);
    }

    public static Font axisLabelFont() {
        return ChartFonts.regular(13f);
    }

    public static Font tickFont() {
        return ChartFonts.regular(12f);
    }

    public static Font smallFont() {
        return ChartFonts.regular(11f);
    }

    public static Font itemLabelFont() {
        return ChartFonts.regular(11f);
    }

    /**
     * Applies the texts and the look to a chart built by hand. No {@code ChartTheme}: applying one
     * clears the series colours and strokes the builders set.
     */
    public static JFreeChart finish(JFreeChart chart, ChartText text) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(text.title(), titleFont()));
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(new RectangleInsets(4, 8, 2, 8));
        if (text.subtitle() != null) {
            TextTitle subtitle = new TextTitle(text.subtitle(), ChartFonts.regular(13f));
            subtitle.setPaint(MUTED);
            subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
            subtitle.setMargin(new RectangleInsets(0, 8, 6, 8));
            chart.addSubtitle(subtitle);
        }
        TextTitle source = new TextTitle(text.source(), smallFont());
        source.setPaint(MUTED);
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(HorizontalAlignment.LEFT);
        source.setMargin(new RectangleInsets(6, 8, 4, 8));
        chart.addSubtitle(source);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(ChartFonts.regular(12f));
            chart.getLegend().setItemPaint(TEXT);
            chart.getLegend().setBackgroundPaint(Color.WHITE);
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setPosition(RectangleEdge.TOP);
            chart.getLegend().setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
        }
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        return chart;
    }

    /** Flat bars without outline or shadow. */
    public static void flatBars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
    }

    /** A number axis of counts written the reader's way ({@code 22.345}), whole ticks only. */
    public static void countAxis(NumberAxis axis, Formats formats) {
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(formats.countFormat());
        axis.setAutoRangeIncludesZero(true);
        styleAxis(axis);
    }

    /** A number axis of ratios shown as whole percentages. */
    public static void percentAxis(NumberAxis axis, Formats formats) {
        NumberFormat format = formats.percentFormat(0);
        axis.setNumberFormatOverride(format);
        styleAxis(axis);
    }

    public static void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(axisLabelFont());
        axis.setTickLabelFont(tickFont());
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
    }

    /** A marker line with a label in the shipped font. */
    public static <M extends Marker> M labelled(M marker, String label, Paint paint, Stroke stroke) {
        marker.setPaint(paint);
        marker.setStroke(stroke);
        marker.setLabel(label);
        marker.setLabelFont(ChartFonts.bold(12f));
        marker.setLabelPaint(paint);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        return marker;
    }

    /** A legend entry: a square of colour and a label in the shipped font. */
    public static LegendItem legendItem(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle(-6, -6, 12, 12), paint);
        item.setLabelFont(ChartFonts.regular(12f));
        return item;
    }

    /** A legend entry for a reference line: a short dashed line and a label. */
    public static LegendItem legendLine(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), MARKER, paint);
        item.setLabelFont(ChartFonts.regular(12f));
        return item;
    }
}
