/**
 * The benchmark's peers (run by {@code scripts/bench}, not by the test suites): Spark's bare floor
 * (read the submission CSVs, write Parquet) and DuckDB doing the pipeline's work on the same files,
 * and the chart of the results ({@link vn.diemtua.bench.BenchChart}).
 * Test scope, because DuckDB is a test dependency; nothing here is used by the jobs.
 */
package vn.diemtua.bench;
