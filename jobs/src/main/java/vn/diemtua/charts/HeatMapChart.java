package vn.diemtua.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.time.YearMonth;
import java.util.List;

/**
 * A ratio per row and month as coloured cells (e.g. reporting completeness per province): red
 * where few reported, green where all did, grey where the row has no figure that month (a
 * province that did not exist yet, or no expected units).
 */
public final class HeatMapChart {
    static final int WIDTH = 1000;
    static final int ROW_HEIGHT = 17;
    static final int FRAME_HEIGHT = 230;

    /** Colour steps of the scale, from their lower bound (a ratio). */
    private static final double[] STEPS = {0.0, 0.5, 0.8, 0.9, 0.95, 0.99};
    private static final Color[] COLOURS = {
            new Color(0x7F0000), new Color(0xD7301F), new Color(0xFC8D59), new Color(0xFEE08B),
            new Color(0x91CF60), new Color(0x1A9850),
    };

    private static final double MISSING = -1.0;

    /** One cell: the row's index in {@link Input#rows()} and the month. */
    public record Cell(int row, YearMonth month, double value) {
    }

    /**
     * @param rows   row labels, top to bottom
     * @param months the columns, left to right
     * @param cells  the values; missing cells stay grey
     */
    public record Input(List<String> rows, List<YearMonth> months, List<Cell> cells) {
        public Input {
            rows = List.copyOf(rows);
            months = List.copyOf(months);
            cells = List.copyOf(cells);
        }
    }

    public record Labels(String monthAxis, String scale) {
    }

    private HeatMapChart() {
    }

    public static RenderedChart render(Input input, Labels labels, ChartText text, Formats formats) {
        return ChartRenderer.render(build(input, labels, text, formats), WIDTH,
                FRAME_HEIGHT + ROW_HEIGHT * input.rows().size());
    }

    static JFreeChart build(Input input, Labels labels, ChartText text, Formats formats) {
        // Every row × month gets a block; a missing cell gets a value below the scale, drawn grey.
        double[][] series = new double[3][input.rows().size() * input.months().size()];
        for (int row = 0; row < input.rows().size(); row++) {
            for (int column = 0; column < input.months().size(); column++) {
                int i = row * input.months().size() + column;
                series[0][i] = column;
                series[1][i] = row;
                series[2][i] = MISSING;
            }
        }
        for (Cell cell : input.cells()) {
            int column = input.months().indexOf(cell.month());
            if (column < 0 || cell.row() < 0 || cell.row() >= input.rows().size()) {
                throw new IllegalArgumentException("Cell " + cell + " is outside the heat map");
            }
            series[2][cell.row() * input.months().size() + column] = cell.value();
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("cells", series);

        SymbolAxis monthAxis = new SymbolAxis(labels.monthAxis(),
                input.months().stream().map(formats::month).toArray(String[]::new));
        ChartStyle.styleAxis(monthAxis);
        monthAxis.setGridBandsVisible(false);
        monthAxis.setVerticalTickLabels(input.months().size() > 12);
        SymbolAxis rowAxis = new SymbolAxis(null, input.rows().toArray(String[]::new));
        ChartStyle.styleAxis(rowAxis);
        rowAxis.setTickLabelFont(ChartStyle.smallFont());
        rowAxis.setGridBandsVisible(false);
        rowAxis.setInverted(true);

        LookupPaintScale scale = new LookupPaintScale(0.0, 1.0 + 1e-9, ChartStyle.NO_DATA);
        for (int i = 0; i < STEPS.length; i++) {
            scale.add(STEPS[i], COLOURS[i]);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.94);
        renderer.setBlockHeight(0.86);

        XYPlot plot = new XYPlot(dataset, monthAxis, rowAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = ChartStyle.finish(new JFreeChart(null, ChartStyle.titleFont(), plot, false), text);
        NumberAxis legendAxis = new NumberAxis(labels.scale());
        ChartStyle.percentAxis(legendAxis, formats);
        legendAxis.setRange(0.0, 1.0);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.TOP);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(200);
        legend.setMargin(new RectangleInsets(4, 60, 8, 200));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }
}
