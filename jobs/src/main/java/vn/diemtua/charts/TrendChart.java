package vn.diemtua.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/** Monthly lines of several counts on one axis, with the report's window shaded. */
public final class TrendChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 540;

    /**
     * @param series      the lines, each a count per month
     * @param windowFrom  first month of the window (shaded)
     * @param windowTo    last month of the window
     * @param windowLabel the shaded band's label
     * @param valueAxis   the value axis label, with its units
     */
    public record Input(List<MonthlySeries> series, YearMonth windowFrom, YearMonth windowTo, String windowLabel,
                        String valueAxis) {
    }

    private TrendChart() {
    }

    public static RenderedChart render(Input input, ChartText text, Formats formats) {
        return ChartRenderer.render(build(input, text, formats), WIDTH, HEIGHT);
    }

    static JFreeChart build(Input input, ChartText text, Formats formats) {
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.setXPosition(TimePeriodAnchor.MIDDLE);
        for (MonthlySeries line : input.series()) {
            TimeSeries series = new TimeSeries(line.label());
            for (MonthValue point : line.points()) {
                series.add(MonthAxis.period(point.month()), point.value());
            }
            dataset.addSeries(series);
        }
        YearMonth first = input.series().stream().flatMap(s -> s.points().stream()).map(MonthValue::month)
                .filter(m -> m.isBefore(input.windowFrom())).min(Comparator.naturalOrder())
                .orElse(input.windowFrom());

        NumberAxis valueAxis = new NumberAxis(input.valueAxis());
        ChartStyle.countAxis(valueAxis, formats);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        XYPlot plot = new XYPlot(dataset, MonthAxis.of(null, first, input.windowTo()), valueAxis, renderer);

        IntervalMarker window = ChartStyle.labelled(
                new IntervalMarker(MonthAxis.start(input.windowFrom()), MonthAxis.end(input.windowTo())),
                input.windowLabel(), ChartStyle.WINDOW, ChartStyle.LINE);
        // An opaque pale fill: a marker's transparency would fade its label too.
        window.setAlpha(1.0f);
        window.setLabelPaint(ChartStyle.MUTED);
        window.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        window.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(window, Layer.BACKGROUND);

        return ChartStyle.finish(new JFreeChart(null, ChartFonts.bold(18f), plot, true), text);
    }
}
