package vn.diemtua.report;

import vn.diemtua.charts.RenderedChart;

import java.util.Optional;

/**
 * One chart of the pack with the table behind it. Without figures in the window the chart is
 * absent and the page says so.
 *
 * @param id          file name stem: {@code charts/<id>.png}, {@code charts/<id>.svg}, {@code tables/<id>.csv}
 * @param description what the chart shows, for the page
 */
public record ReportSection(String id, String title, String description, Optional<RenderedChart> chart,
                            ChartTable table) {
}
