package vn.diemtua.extracts;

/**
 * One file of an extract as the manifest lists it: path relative to the extract folder (with
 * {@code /}), SHA-256 in lower-case hex, size in bytes, and rows (Parquet rows, CSV records
 * after the header; null for files without rows).
 */
public record ManifestFile(String path, String sha256, long size, Long rows) {
}
