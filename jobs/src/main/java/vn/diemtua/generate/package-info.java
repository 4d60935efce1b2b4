/**
 * The synthetic data generator ({@code generate}): realistic monthly submissions in the template of
 * SPEC section 2, deterministic by seed, written through Hadoop {@code FileSystem} as the files a
 * province would send. Runs on the driver as a tool, not as a Spark job.
 *
 * <p>Three layers, so that each can be checked on its own: {@code model} draws the typed values of
 * every unit and month (calibrated to the published one-year review), {@code draft} renders them as
 * text cells of files and sheets, {@code inject} adds the quirks and errors of real files to those
 * cells, and {@code write} writes CSV and XLSX. Must not read or write warehouse tables, and must not
 * depend on the ingest code it feeds.
 */
package vn.diemtua.generate;
