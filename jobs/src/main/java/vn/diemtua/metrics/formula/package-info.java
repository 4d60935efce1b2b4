/**
 * The spreadsheet-style formula language of the metric catalog: tokenizer, recursive-descent
 * parser, type checks, and compilation into Spark columns, split into aggregate leaves and the
 * arithmetic over them. Knows the submission keys; knows nothing of tables, levels or windows.
 */
package vn.diemtua.metrics.formula;
