package vn.diemtua.charts;

/**
 * The words around a chart, already in the reader's language.
 *
 * @param title    what the chart shows
 * @param subtitle the window or the comparison; may be null
 * @param source   the source line: where the figures come from, the window and the data version
 */
public record ChartText(String title, String subtitle, String source) {
}
