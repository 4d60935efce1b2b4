/**
 * Submissions as the text cells of files and sheets, before they are written: rows rendered from the
 * typed model in the template's canonical form, their placement in files and sheets (one workbook
 * per province and month with a sheet per district, or one file per unit), and the grid of a sheet
 * with its banner, header, totals and signature rows. Knows nothing of how files are written.
 */
package vn.diemtua.generate.draft;
