package vn.diemtua.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.util.Comparator;
import java.util.List;

/**
 * Each indicator over the window against the same window a year earlier, as the relative change:
 * bars right for an increase, left for a decrease, each labelled with the change and both values.
 */
public final class ComparisonChart {
    static final int WIDTH = 1000;
    static final int ROW_HEIGHT = 46;
    static final int FRAME_HEIGHT = 200;

    /**
     * One indicator. {@code ratio} says how its values are written (a percentage, or a count).
     * The prior value must be positive: a change against nothing has no percentage.
     */
    public record Indicator(String label, double current, double prior, boolean ratio) {
        public Indicator {
            if (!(prior > 0)) {
                throw new IllegalArgumentException("Indicator " + label + " has no prior value to compare with");
            }
        }

        public double change() {
            return (current - prior) / prior;
        }
    }

    /**
     * @param valueAxis  the change axis label
     * @param increase   legend of bars going up
     * @param decrease   legend of bars going down
     * @param against    how an item label joins the two values, e.g. "so với"
     */
    public record Labels(String valueAxis, String increase, String decrease, String against) {
    }

    private ComparisonChart() {
    }

    public static RenderedChart render(List<Indicator> indicators, Labels labels, ChartText text, Formats formats) {
        return ChartRenderer.render(build(indicators, labels, text, formats), WIDTH,
                FRAME_HEIGHT + ROW_HEIGHT * indicators.size());
    }

    static JFreeChart build(List<Indicator> indicators, Labels labels, ChartText text, Formats formats) {
        List<Indicator> sorted = indicators.stream()
                .sorted(Comparator.comparingDouble(Indicator::change).reversed()).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Indicator indicator : sorted) {
            dataset.addValue(indicator.change(), "change", indicator.label());
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return sorted.get(column).change() >= 0 ? ChartStyle.GOOD : ChartStyle.SHORT;
            }
        };
        ChartStyle.flatBars(renderer);
        renderer.setMaximumBarWidth(0.6);
        renderer.setDefaultItemLabelGenerator(new ChangeLabels(sorted, labels.against(), formats));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.itemLabelFont());
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);

        CategoryAxis indicatorAxis = new CategoryAxis(null);
        ChartStyle.styleAxis(indicatorAxis);
        indicatorAxis.setMaximumCategoryLabelWidthRatio(0.28f);
        indicatorAxis.setMaximumCategoryLabelLines(2);

        NumberAxis changeAxis = new NumberAxis(labels.valueAxis());
        ChartStyle.percentAxis(changeAxis, formats);
        double low = sorted.stream().mapToDouble(Indicator::change).min().orElse(0);
        double high = sorted.stream().mapToDouble(Indicator::change).max().orElse(0);
        double span = Math.max(Math.max(high, 0) - Math.min(low, 0), 0.01);
        // The labels sit beyond the bar ends: leave them most of a bar's length.
        changeAxis.setRange(Math.min(low, 0) - (low < 0 ? span * 0.9 : span * 0.05),
                Math.max(high, 0) + (high > 0 ? span * 0.9 : span * 0.05));

        CategoryPlot plot = new CategoryPlot(dataset, indicatorAxis, changeAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        ValueMarker zero = new ValueMarker(0, ChartStyle.REFERENCE, new BasicStroke(1.2f));
        plot.addRangeMarker(zero);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendItem(labels.increase(), ChartStyle.GOOD));
        legend.add(ChartStyle.legendItem(labels.decrease(), ChartStyle.SHORT));
        plot.setFixedLegendItems(legend);
        return ChartStyle.finish(new JFreeChart(null, ChartStyle.titleFont(), plot, true), text);
    }

    /** "+5,2% (22.345 so với 21.240)": the change, then this window's and last year's values. */
    private record ChangeLabels(List<Indicator> indicators, String against, Formats formats)
            implements CategoryItemLabelGenerator {
        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Indicator indicator = indicators.get(column);
            return formats.signedPercent(indicator.change()) + " (" + value(indicator, indicator.current()) + " "
                    + against + " " + value(indicator, indicator.prior()) + ")";
        }

        private String value(Indicator indicator, double value) {
            return indicator.ratio() ? formats.percent(value) : formats.count(value);
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }
    }
}
