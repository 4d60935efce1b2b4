/**
 * Writes drafted files: CSV with commons-csv in the encodings spreadsheet programs use, XLSX with
 * POI (streaming SXSSF for large workbooks), and puts the bytes where they belong through Hadoop
 * {@code FileSystem}. Must not change what a draft says.
 */
package vn.diemtua.generate.write;
