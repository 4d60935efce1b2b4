/**
 * The metric catalog ({@code data/catalog/metrics.csv}): reading it from the jar or a Hadoop URI,
 * checking every row (ids, labels, units, directions, targets) and compiling every formula, with
 * errors that name the file, line, metric id and formula position. Runs no Spark job.
 */
package vn.diemtua.metrics.catalog;
