/**
 * Reading one submission file (.xlsx, .xls, .csv) into sheets and classified rows, as text: format
 * by content, CSV encoding and separator, the header found by its wording, banners, totals,
 * signature blocks and blank rows told apart from unit rows, and the file-level limits.
 * Owns no parsing of values (that is {@code vn.diemtua.validation}) and no Spark code (that is the
 * ingest job): everything here is plain Java over one file's bytes.
 */
package vn.diemtua.ingest.read;
