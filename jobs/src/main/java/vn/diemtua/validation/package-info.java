/**
 * Validation of submission rows (SPEC section 2): parsing the cells of a row as read into typed
 * values, the row rules (codes resolved for the row's month, counts, statuses, names) and the
 * file rules (duplicates, province folders), each failure with a stable {@link
 * vn.diemtua.validation.ReasonCode} and Vietnamese and English messages. Pure Java: no Spark, no
 * file system; it must not read files (that is {@code vn.diemtua.ingest.read}) nor write tables
 * (that is {@code vn.diemtua.ingest}).
 */
package vn.diemtua.validation;
