package vn.diemtua.notebook;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line or bar chart of a small result set, for {@code display(...)} in a notebook:
 * <pre>{@code
 * display(Chart.line(trend, "ky_bao_cao", "value").series("unit_name").title("Tỷ lệ làm rõ").percent().image());
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
    private String xLabel;
    private String yLabel;
    private boolean percent;
    private final List<ValueMarker> targets = new ArrayList<>();
    private int width = 900;
    private int height = 420;

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

    /** A horizontal line at a target value, labelled. */
    public Chart target(double value, String label) {
        ValueMarker marker = new ValueMarker(value, new Color(0xC0392B), new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(ChartStyle.font(12));
        marker.setLabelPaint(new Color(0xC0392B));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
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
        JFreeChart chart = kind == Kind.LINE
                ? ChartFactory.createLineChart(title, xLabel, yLabel, dataset, PlotOrientation.VERTICAL, series != null, false, false)
                : ChartFactory.createBarChart(title, xLabel, yLabel, dataset, PlotOrientation.VERTICAL, series != null, false, false);
        ChartStyle.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        if (dataset.getColumnCount() > MANY_CATEGORIES) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(percent ? DisplayFormat.percent() : DisplayFormat.numbers());
        targets.forEach(plot::addRangeMarker);
        // Keep a target visible even when every value lies far below it.
        targets.forEach(t -> range.setUpperBound(Math.max(range.getUpperBound(), t.getValue() * 1.05)));
        return chart;
    }

    /** The chart as an image: {@code display(chart.image())} shows it in the notebook. */
    public BufferedImage image() {
        return chart().createBufferedImage(width, height);
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
            Number value = (Number) row.get(1);
            String seriesKey = series == null ? yLabel : DisplayFormat.category(row.get(2));
            dataset.addValue(value, seriesKey, DisplayFormat.category(row.get(0)));
        }
        return dataset;
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
