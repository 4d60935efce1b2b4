/**
 * The {@code ingest} job: lists the input files, reads and validates them on the executors (one
 * task per group of files), and writes {@code submission_rows}, {@code rejections},
 * {@code commune_month_versions}, {@code commune_month} and {@code ingest_log} with one Delta commit
 * each per batch, under the warehouse's writer lease ({@code vn.diemtua.lease}), recovering from a
 * run that stopped midway and keeping months locked for a conference ({@code vn.diemtua.locks})
 * unchanged. Reading a file is
 * {@code vn.diemtua.ingest.read}'s job and the rules are {@code vn.diemtua.validation}'s; this
 * package only wires them to the tables and must not parse cells or know a file format.
 */
package vn.diemtua.ingest;
