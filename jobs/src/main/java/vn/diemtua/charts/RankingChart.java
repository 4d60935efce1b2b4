package vn.diemtua.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Paint;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoublePredicate;

/**
 * Units ranked by a rate, best at the top, against a target line: bars that meet the target in
 * one colour, the others in a second, the national figure as a reference line.
 */
public final class RankingChart {
    static final int WIDTH = 900;
    static final int ROW_HEIGHT = 19;
    static final int FRAME_HEIGHT = 190;

    /**
     * @param units          one bar per unit, any order (sorted here, highest first)
     * @param target         the target value (a ratio), or null: no line, one colour
     * @param meetsTarget    whether a value meets the target (the operator: above, at least, …)
     * @param reference      the national value, or null
     */
    public record Input(List<LabeledValue> units, Double target, DoublePredicate meetsTarget, Double reference) {
        public Input {
            units = units.stream().sorted(Comparator.comparingDouble(LabeledValue::value).reversed()
                    .thenComparing(LabeledValue::label)).toList();
        }
    }

    /** The words of the chart besides its title. */
    public record Labels(String valueAxis, String targetLine, String referenceLine, String meetsTarget, String missesTarget) {
    }

    private RankingChart() {
    }

    public static RenderedChart render(Input input, Labels labels, ChartText text, Formats formats) {
        return ChartRenderer.render(build(input, labels, text, formats), WIDTH,
                FRAME_HEIGHT + ROW_HEIGHT * input.units().size());
    }

    static JFreeChart build(Input input, Labels labels, ChartText text, Formats formats) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (LabeledValue unit : input.units()) {
            dataset.addValue(unit.value(), "value", unit.label());
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return input.target() == null || input.meetsTarget().test(input.units().get(column).value())
                        ? ChartStyle.GOOD : ChartStyle.SHORT;
            }
        };
        ChartStyle.flatBars(renderer);
        renderer.setMaximumBarWidth(0.9);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", formats.percentFormat(1)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.itemLabelFont());
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);

        CategoryAxis unitAxis = new CategoryAxis(null);
        ChartStyle.styleAxis(unitAxis);
        unitAxis.setTickLabelFont(ChartStyle.smallFont());
        unitAxis.setCategoryMargin(0.25);
        unitAxis.setLowerMargin(0.01);
        unitAxis.setUpperMargin(0.01);
        unitAxis.setMaximumCategoryLabelWidthRatio(0.3f);

        NumberAxis valueAxis = new NumberAxis(labels.valueAxis());
        ChartStyle.percentAxis(valueAxis, formats);
        valueAxis.setTickUnit(new NumberTickUnit(0.1, formats.percentFormat(0)));
        double highest = input.units().isEmpty() ? 0 : input.units().get(0).value();
        // Room on the right for the value labels of the longest bars.
        valueAxis.setRange(0, Math.max(1.0, Math.max(highest, input.target() == null ? 0 : input.target())) * 1.1);

        CategoryPlot plot = new CategoryPlot(dataset, unitAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);

        // The lines are named in the legend, not on the plot, where they would cover the top bars' values.
        LegendItemCollection legend = new LegendItemCollection();
        if (input.target() != null) {
            legend.add(ChartStyle.legendItem(labels.meetsTarget(), ChartStyle.GOOD));
            legend.add(ChartStyle.legendItem(labels.missesTarget(), ChartStyle.SHORT));
            plot.addRangeMarker(new ValueMarker(input.target(), ChartStyle.TARGET, ChartStyle.MARKER), Layer.BACKGROUND);
            legend.add(ChartStyle.legendLine(labels.targetLine(), ChartStyle.TARGET));
        }
        if (input.reference() != null) {
            plot.addRangeMarker(new ValueMarker(input.reference(), ChartStyle.REFERENCE, ChartStyle.MARKER),
                    Layer.BACKGROUND);
            legend.add(ChartStyle.legendLine(labels.referenceLine(), ChartStyle.REFERENCE));
        }
        plot.setFixedLegendItems(legend);

        return ChartStyle.finish(new JFreeChart(null, ChartStyle.titleFont(), plot, true), text);
    }
}
