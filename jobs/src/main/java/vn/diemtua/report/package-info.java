/**
 * The conference pack of {@code report} (SPEC section 6): picks the figures of a window out of
 * {@code metric_values}, {@code reporting_rates} and the window comparison, draws the charts with
 * {@code vn.diemtua.charts}, writes the conference summary (Vietnamese and English), the dashboard
 * page and the tables behind the charts, and publishes them under {@code <out>/report/<from>_<to>/}
 * all at once. Reads tables only: never writes to the warehouse, never computes metrics.
 */
package vn.diemtua.report;
