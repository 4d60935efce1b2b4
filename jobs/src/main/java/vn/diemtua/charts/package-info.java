/**
 * Charts of the conference pack, drawn from plain Java values (never from Spark): the shipped
 * DejaVu font so that Vietnamese renders the same on any machine, Vietnamese number formats, one
 * builder per chart kind, and rendering to PNG and SVG in memory. Owns no data selection and no
 * texts: the {@code report} package chooses the figures and passes titles and labels in.
 */
package vn.diemtua.charts;
