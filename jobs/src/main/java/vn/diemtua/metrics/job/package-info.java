/**
 * The {@code metrics} job: wires the metrics step's functions to the warehouse. Finds what changed
 * in commune_month since the last finished run, recomputes the affected months of metric_values,
 * reporting_rates and outliers (or everything), and logs each run in metrics_state. Writes only
 * those four tables.
 */
package vn.diemtua.metrics.job;
