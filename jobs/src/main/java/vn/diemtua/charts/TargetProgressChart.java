package vn.diemtua.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.List;

/**
 * A share over time against its target: the actual months as a solid line, the projection at the
 * current pace as a dashed line from the last month to the month the target would be met, the
 * target as a horizontal line and the deadline as a vertical one.
 */
public final class TargetProgressChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 540;
    /** A projection years away would squash the actual months: the axis stops here. */
    static final int MAX_MONTHS_AHEAD = 48;

    /**
     * @param actual    the share per month (ratios)
     * @param target    the target share, or null: no target line and no projection
     * @param deadline  the target's deadline, or null
     * @param projected the month the target is met at the current pace, or null if not foreseeable
     */
    public record Input(List<MonthValue> actual, Double target, YearMonth deadline, YearMonth projected) {
        public Input {
            if (actual.isEmpty()) {
                throw new IllegalArgumentException("A progress chart needs at least one month");
            }
            actual = List.copyOf(actual);
        }
    }

    public record Labels(String actual, String projection, String targetLine, String deadlineLine, String valueAxis) {
    }

    private TargetProgressChart() {
    }

    public static RenderedChart render(Input input, Labels labels, ChartText text, Formats formats) {
        return ChartRenderer.render(build(input, labels, text, formats), WIDTH, HEIGHT);
    }

    static JFreeChart build(Input input, Labels labels, ChartText text, Formats formats) {
        XYSeries actual = new XYSeries(labels.actual());
        for (MonthValue point : input.actual()) {
            actual.add(MonthAxis.middle(point.month()), point.value());
        }
        XYSeriesCollection dataset = new XYSeriesCollection(actual);
        MonthValue last = input.actual().get(input.actual().size() - 1);
        boolean projecting = input.target() != null && input.projected() != null
                && input.projected().isAfter(last.month());
        if (projecting) {
            XYSeries projection = new XYSeries(labels.projection());
            projection.add(MonthAxis.middle(last.month()), last.value());
            projection.add(MonthAxis.middle(input.projected()), input.target());
            dataset.addSeries(projection);
        }

        YearMonth end = last.month();
        if (input.deadline() != null && input.deadline().isAfter(end)) {
            end = input.deadline();
        }
        if (projecting && input.projected().isAfter(end)) {
            end = input.projected();
        }
        YearMonth cap = last.month().plusMonths(MAX_MONTHS_AHEAD);
        end = (end.isAfter(cap) ? cap : end).plusMonths(1);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.SERIES[0]);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(1, ChartStyle.SERIES[0]);
        renderer.setSeriesStroke(1, ChartStyle.DASHED);

        NumberAxis valueAxis = new NumberAxis(labels.valueAxis());
        ChartStyle.percentAxis(valueAxis, formats);
        valueAxis.setRange(0, Math.max(1.0, input.target() == null ? 0 : input.target()) * 1.06);
        valueAxis.setTickUnit(new NumberTickUnit(0.1, formats.percentFormat(0)));
        XYPlot plot = new XYPlot(dataset, MonthAxis.of(null, input.actual().get(0).month(), end), valueAxis, renderer);

        if (input.target() != null) {
            ValueMarker target = ChartStyle.labelled(new ValueMarker(input.target()), labels.targetLine(),
                    ChartStyle.TARGET, ChartStyle.MARKER);
            target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(target);
        }
        if (input.deadline() != null) {
            ValueMarker deadline = ChartStyle.labelled(new ValueMarker(MonthAxis.end(input.deadline())),
                    labels.deadlineLine(), ChartStyle.REFERENCE, ChartStyle.MARKER);
            deadline.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            deadline.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addDomainMarker(deadline);
        }
        return ChartStyle.finish(new JFreeChart(null, ChartStyle.titleFont(), plot, true), text);
    }
}
