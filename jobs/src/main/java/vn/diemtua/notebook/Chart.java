package vn.diemtua.notebook;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.diemtua.charts.ChartFonts;
import vn.diemtua.charts.ChartStyle;
import vn.diemtua.charts.ChartText;
import vn.diemtua.charts.Formats;
import vn.diemtua.charts.MonthValue;
import vn.diemtua.charts.RenderedChart;

import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A line or bar chart of a small result set, for a notebook cell, in the conference pack's look
 * (its fonts, palette and number formats, from {@code vn.diemtua.charts}):
 * <pre>{@code
 * Chart.line(trend, "ky_bao_cao", "value").series("unit_name").title("Tỷ lệ làm rõ").percent().image()
 * }</pre>
 * Rows are drawn in the order the query returns them (say {@code ORDER BY}); a null value is a gap,
 * never a zero. Axis titles default to the columns' Vietnamese labels.
 */
public final class Chart {
    /** More points than this is a query that forgot to aggregate; the chart would be unreadable anyway. */
    public static final int MAX_POINTS = 5_000;

    private static final NotebookMessages MESSAGES = NotebookMessages.get();
    private static final int MANY_CATEGORIES = 12;

    private enum Kind { LINE, BAR }

    private final Kind kind;
    private final Dataset<Row> data;
    private final String x;
    private final String y;
    private String series;
    private String title = "";
    private String source = "";
    private String xLabel;
    private String yLabel;
    private boolean percent;
    private PlotOrientation orientation = PlotOrientation.VERTICAL;
    private final List<ValueMarker> targets = new ArrayList<>();
    private int width = 900;
    private int height = 440;

    private Chart(Kind kind, Dataset<Row> data, String x, String y) {
        this.kind = kind;
        this.data = data;
        this.x = requireColumn(data, x);
        this.y = requireColumn(data, y);
        this.xLabel = MESSAGES.columnLabel(x);
        this.yLabel = MESSAGES.columnLabel(y);
    }

    /** A line per series over the categories of column {@code x} (months, usually). */
    public static Chart line(Dataset<Row> data, String x, String y) {
        return new Chart(Kind.LINE, data, x, y);
    }

    /** Bars of {@code y} per category of {@code x}, grouped by series if there is one. */
    public static Chart bar(Dataset<Row> data, String x, String y) {
        return new Chart(Kind.BAR, data, x, y);
    }

    /** The column whose values name the lines or bar groups (e.g. {@code unit_name}). */
    public Chart series(String column) {
        this.series = requireColumn(data, column);
        return this;
    }

    public Chart title(String title) {
        this.title = title;
        return this;
    }

    /** The line under the chart saying where the figures come from. */
    public Chart source(String source) {
        this.source = source;
        return this;
    }

    public Chart axes(String xLabel, String yLabel) {
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        return this;
    }

    /** Values are shares (0 to 1), shown as percentages. */
    public Chart percent() {
        this.percent = true;
        return this;
    }

    /** Bars along the vertical axis: reads better with many long names, such as 34 or 63 provinces. */
    public Chart horizontal() {
        this.orientation = PlotOrientation.HORIZONTAL;
        return this;
    }

    /** A dashed line across the plot at a target value, labelled. */
    public Chart target(double value, String label) {
        ValueMarker marker = ChartStyle.labelled(new ValueMarker(value), label, ChartStyle.TARGET, ChartStyle.MARKER);
        // Under the line at the left: clear of the top edge, and of rising series near their target.
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        targets.add(marker);
        return this;
    }

    public Chart size(int width, int height) {
        this.width = width;
        this.height = height;
        return this;
    }

    /** The JFreeChart, for analysts who want to adjust it further. */
    public JFreeChart chart() {
        DefaultCategoryDataset dataset = dataset();
        CategoryAxis categories = new CategoryAxis(xLabel);
        ChartStyle.styleAxis(categories);
        if (orientation == PlotOrientation.VERTICAL && dataset.getColumnCount() > MANY_CATEGORIES) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = new NumberAxis(yLabel);
        if (percent) {
            ChartStyle.percentAxis(values, Formats.VI);
        } else if (wholeNumbers(dataset)) {
            ChartStyle.countAxis(values, Formats.VI);
        } else {
            ChartStyle.styleAxis(values);
            values.setNumberFormatOverride(DisplayFormat.decimals(2));
        }
        AbstractCategoryItemRenderer renderer = kind == Kind.LINE ? lines(dataset) : bars(dataset);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(orientation);
        targets.forEach(plot::addRangeMarker);
        // Keep a target in view even when every value lies far from it.
        targets.forEach(t -> values.setRange(Math.min(values.getLowerBound(), t.getValue()),
                Math.max(values.getUpperBound(), t.getValue() * 1.05)));
        return ChartStyle.finish(new JFreeChart(null, ChartFonts.bold(18f), plot, series != null),
                new ChartText(title, null, source));
    }

    /** The chart as an image: a cell ending with {@code chart.image()} shows it. */
    public BufferedImage image() {
        return chart().createBufferedImage(width, height);
    }

    /**
     * A chart of the conference pack ({@code vn.diemtua.charts}, e.g. {@code TargetProgressChart})
     * as an image for a cell.
     */
    public static BufferedImage image(RenderedChart rendered) {
        try {
            return ImageIO.read(new ByteArrayInputStream(rendered.png()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot decode chart " + rendered.title(), e);
        }
    }

    /**
     * A month column and a value column as the monthly points the conference charts take, in month
     * order; rows without a value are left out.
     */
    public static List<MonthValue> months(Dataset<Row> data, String month, String value) {
        List<Row> rows = data.select(data.col(quote(requireColumn(data, month))), data.col(quote(requireColumn(data, value))))
                .where(data.col(quote(value)).isNotNull())
                .orderBy(data.col(quote(month)))
                .limit(MAX_POINTS + 1)
                .collectAsList();
        if (rows.size() > MAX_POINTS) {
            throw new IllegalArgumentException(MESSAGES.both("chart.too_many_points", MAX_POINTS));
        }
        return rows.stream()
                .map(r -> new MonthValue(YearMonth.from(r.getDate(0).toLocalDate()), ((Number) r.get(1)).doubleValue()))
                .toList();
    }

    private static LineAndShapeRenderer lines(DefaultCategoryDataset dataset) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        return renderer;
    }

    private static BarRenderer bars(DefaultCategoryDataset dataset) {
        BarRenderer renderer = new BarRenderer();
        ChartStyle.flatBars(renderer);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
        }
        return renderer;
    }

    private DefaultCategoryDataset dataset() {
        String[] columns = series == null ? new String[] {x, y} : new String[] {x, y, series};
        List<Row> rows = data.select(Arrays.stream(columns).map(c -> data.col(quote(c))).toArray(Column[]::new))
                .limit(MAX_POINTS + 1)
                .collectAsList();
        if (rows.size() > MAX_POINTS) {
            throw new IllegalArgumentException(MESSAGES.both("chart.too_many_points", MAX_POINTS));
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Row row : rows) {
            String seriesKey = series == null ? yLabel : DisplayFormat.category(row.get(2));
            dataset.addValue((Number) row.get(1), seriesKey, DisplayFormat.category(row.get(0)));
        }
        return dataset;
    }

    private static boolean wholeNumbers(DefaultCategoryDataset dataset) {
        for (int r = 0; r < dataset.getRowCount(); r++) {
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                Number value = dataset.getValue(r, c);
                if (value != null && value.doubleValue() != Math.rint(value.doubleValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String quote(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    private static String requireColumn(Dataset<Row> data, String column) {
        if (!Arrays.asList(data.columns()).contains(column)) {
            throw new IllegalArgumentException(MESSAGES.both("chart.no_column", column, String.join(", ", data.columns())));
        }
        return column;
    }
}
