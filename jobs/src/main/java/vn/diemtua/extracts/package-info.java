/**
 * The reviewers' extract of a conference window (SPEC section 6): reads the warehouse tables at
 * pinned Delta versions, shapes the datasets ({@code commune_month}, {@code province_month},
 * {@code nation_month}, {@code metric_values}, {@code reporting_rates}, {@code window_values}),
 * writes them as reproducible Parquet with a data dictionary and a checksummed manifest into a
 * temporary folder, verifies it and renames it into place; and verifies a downloaded extract.
 * Reads tables only: never writes to the warehouse, never computes metrics (it copies them).
 */
package vn.diemtua.extracts;
