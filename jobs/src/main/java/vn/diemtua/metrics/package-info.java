/**
 * The metrics step: from {@code commune_month}, the metric catalog and the reference lists to
 * {@code metric_values}, {@code reporting_rates} and {@code outliers}, and the window comparison
 * that {@code report} and {@code extract} call ({@link vn.diemtua.metrics.WindowComparison}).
 * Transformations are plain functions of frames; {@code vn.diemtua.metrics.job} wires them to the
 * tables. Reads commune_month and the reference data; must not write any table but its own
 * (metric_values, reporting_rates, outliers, metrics_state) nor read submission files.
 */
package vn.diemtua.metrics;
