package vn.diemtua.notebook;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import vn.diemtua.charts.ChartFonts;
import vn.diemtua.charts.ChartText;
import vn.diemtua.charts.Formats;
import vn.diemtua.charts.MonthValue;
import vn.diemtua.charts.RenderedChart;
import vn.diemtua.charts.TargetProgressChart;
import vn.diemtua.testing.SparkTestSession;

import java.awt.image.BufferedImage;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartTest {
    private static final StructType TREND = new StructType()
            .add("ky_bao_cao", DataTypes.DateType)
            .add("unit_name", DataTypes.StringType)
            .add("value", DataTypes.DoubleType);

    private static Dataset<Row> trend() {
        List<Row> rows = List.of(
                RowFactory.create(Date.valueOf("2024-01-01"), "Hà Nội", 0.5),
                RowFactory.create(Date.valueOf("2024-01-01"), "Cả nước", 0.6),
                RowFactory.create(Date.valueOf("2024-02-01"), "Hà Nội", null),
                RowFactory.create(Date.valueOf("2024-02-01"), "Cả nước", 0.65),
                RowFactory.create(Date.valueOf("2024-03-01"), "Hà Nội", 0.7),
                RowFactory.create(Date.valueOf("2024-03-01"), "Cả nước", 0.62));
        return SparkTestSession.get().createDataFrame(rows, TREND);
    }

    @Test
    void linesFollowTheSeriesColumnWithMonthsInQueryOrderAndGapsForNulls() {
        JFreeChart chart = Chart.line(trend(), "ky_bao_cao", "value").series("unit_name").title("Tỷ lệ làm rõ").chart();
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertEquals(List.of("Hà Nội", "Cả nước"), data.getRowKeys());
        assertEquals(List.of("1/2024", "2/2024", "3/2024"), data.getColumnKeys());
        assertEquals(0.7, data.getValue("Hà Nội", "3/2024").doubleValue());
        assertNull(data.getValue("Hà Nội", "2/2024"), "not reported stays a gap, never 0");
        assertEquals("Tỷ lệ làm rõ", chart.getTitle().getText());
        assertNotNull(chart.getLegend());
    }

    @Test
    void axisTitlesDefaultToVietnameseLabelsOfTheColumns() {
        Dataset<Row> counts = SparkTestSession.get().sql(
                "SELECT DATE'2024-01-01' AS ky_bao_cao, CAST(12 AS BIGINT) AS toi_pham_phat_hien");
        CategoryPlot plot = Chart.bar(counts, "ky_bao_cao", "toi_pham_phat_hien").chart().getCategoryPlot();
        assertEquals("Kỳ báo cáo", plot.getDomainAxis().getLabel());
        assertEquals("Số vụ phạm tội phát hiện", plot.getRangeAxis().getLabel());
        assertEquals(List.of("Số vụ phạm tội phát hiện"), plot.getDataset().getRowKeys(), "one series, named by its label");

        CategoryPlot relabelled = Chart.bar(counts, "ky_bao_cao", "toi_pham_phat_hien").axes("Tháng", "Số vụ").chart().getCategoryPlot();
        assertEquals("Tháng", relabelled.getDomainAxis().getLabel());
        assertEquals("Số vụ", relabelled.getRangeAxis().getLabel());
    }

    @Test
    void sharesReadAsPercentagesAndATargetLineStaysInView() {
        JFreeChart chart = Chart.line(trend(), "ky_bao_cao", "value").series("unit_name").percent()
                .target(0.9, "Mục tiêu 90%").chart();
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        assertEquals("50%", range.getNumberFormatOverride().format(0.5));
        ValueMarker marker = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(0.9, marker.getValue());
        assertEquals("Mục tiêu 90%", marker.getLabel());
        assertTrue(range.getUpperBound() >= 0.9, "the target is inside the axis");
    }

    @Test
    void countsUseVietnameseDigitGroupingAndOtherValuesTheirDecimals() {
        Dataset<Row> counts = SparkTestSession.get().sql(
                "SELECT DATE'2024-01-01' AS ky_bao_cao, CAST(12345 AS BIGINT) AS toi_pham_phat_hien");
        NumberAxis countAxis = (NumberAxis) Chart.bar(counts, "ky_bao_cao", "toi_pham_phat_hien").chart().getCategoryPlot().getRangeAxis();
        assertEquals("12.345", countAxis.getNumberFormatOverride().format(12345));
        NumberAxis valueAxis = (NumberAxis) Chart.bar(trend(), "ky_bao_cao", "value").chart().getCategoryPlot().getRangeAxis();
        assertEquals("12.345,5", valueAxis.getNumberFormatOverride().format(12345.5));
    }

    @Test
    void imageHasTheRequestedSize() {
        BufferedImage image = Chart.line(trend(), "ky_bao_cao", "value").series("unit_name").size(640, 320).image();
        assertEquals(640, image.getWidth());
        assertEquals(320, image.getHeight());
    }

    @Test
    void everyTextUsesTheShippedFontThatDrawsVietnamese() {
        JFreeChart chart = Chart.line(trend(), "ky_bao_cao", "value").series("unit_name").title("Tỷ lệ điều tra làm rõ").chart();
        assertEquals(ChartFonts.FAMILY, chart.getTitle().getFont().getFamily());
        assertEquals(ChartFonts.FAMILY, chart.getCategoryPlot().getDomainAxis().getTickLabelFont().getFamily());
        assertEquals(-1, chart.getTitle().getFont().canDisplayUpTo("Tỷ lệ điều tra làm rõ; Đồng bằng sông Cửu Long; ữ ỹ ậ"));
    }

    @Test
    void manyMonthsTurnTheirLabels() {
        Dataset<Row> months = SparkTestSession.get().sql(
                "SELECT add_months(DATE'2023-01-01', CAST(id AS INT)) AS ky_bao_cao, CAST(id AS DOUBLE) AS value FROM range(24)");
        CategoryPlot plot = Chart.line(months, "ky_bao_cao", "value").chart().getCategoryPlot();
        assertEquals(24, plot.getDataset().getColumnCount());
        assertEquals(CategoryLabelPositions.UP_45, plot.getDomainAxis().getCategoryLabelPositions());
    }

    @Test
    void horizontalBarsKeepTheirNamesLevel() {
        Dataset<Row> provinces = SparkTestSession.get().sql(
                "SELECT concat('Tỉnh ', CAST(id AS STRING)) AS province_name, CAST(id AS DOUBLE) / 40 AS value FROM range(34)");
        CategoryPlot plot = Chart.bar(provinces, "province_name", "value").horizontal().chart().getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertEquals(34, plot.getDataset().getColumnCount());
        assertEquals(CategoryLabelPositions.STANDARD, plot.getDomainAxis().getCategoryLabelPositions());
    }

    @Test
    void tooManyPointsAskForAggregation() {
        Dataset<Row> many = SparkTestSession.get().sql(
                "SELECT CAST(id AS STRING) AS ma_xa, CAST(id AS DOUBLE) AS value FROM range(" + (Chart.MAX_POINTS + 1) + ")");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Chart.bar(many, "ma_xa", "value").chart());
        assertTrue(e.getMessage().contains("GROUP BY"), e.getMessage());
        Dataset<Row> enough = many.limit(Chart.MAX_POINTS);
        assertEquals(Chart.MAX_POINTS, Chart.bar(enough, "ma_xa", "value").chart().getCategoryPlot().getDataset().getColumnCount());
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Chart.line(trend(), "thang", "value"));
        assertTrue(e.getMessage().contains("thang") && e.getMessage().contains("ky_bao_cao, unit_name, value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Chart.line(trend(), "ky_bao_cao", "value").series("tinh"));
    }

    @Test
    void monthsFeedTheConferenceChartsInMonthOrderWithoutGaps() {
        List<MonthValue> points = Chart.months(trend().where("unit_name = 'Hà Nội'").orderBy(functions.desc("ky_bao_cao")),
                "ky_bao_cao", "value");
        assertEquals(List.of(new MonthValue(YearMonth.of(2024, 1), 0.5), new MonthValue(YearMonth.of(2024, 3), 0.7)), points);
    }

    @Test
    void aConferenceChartBecomesAnImageOfItsPng() {
        RenderedChart rendered = TargetProgressChart.render(
                new TargetProgressChart.Input(Chart.months(trend().where("unit_name = 'Cả nước'"), "ky_bao_cao", "value"),
                        1.0, YearMonth.of(2025, 12), YearMonth.of(2025, 6)),
                new TargetProgressChart.Labels("Thực tế", "Dự báo", "Mục tiêu", "Hạn", "Tỷ lệ"),
                new ChartText("Trụ sở", null, "Nguồn: thử"), Formats.VI);
        BufferedImage image = Chart.image(rendered);
        assertTrue(image.getWidth() >= rendered.width(), "the PNG is drawn at least at the chart's size");
        assertEquals(rendered.width() * image.getHeight(), rendered.height() * image.getWidth(), "same proportions");
    }
}
