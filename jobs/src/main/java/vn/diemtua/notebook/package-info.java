/**
 * What the analysts' Jupyter notebooks (under {@code notebooks/}) call: a Spark session on a
 * warehouse with its tables as SQL views ({@link vn.diemtua.notebook.Analyst}), line and bar charts
 * as images for the kernel's {@code display(...)} ({@link vn.diemtua.notebook.Chart}), and bounded
 * HTML tables ({@link vn.diemtua.notebook.HtmlTable}). It only reads tables: it never writes the
 * warehouse and holds no step's logic (validation, metrics), which notebooks call in their own
 * packages.
 */
package vn.diemtua.notebook;
