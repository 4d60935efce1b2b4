/**
 * The command line of SPEC section 3: parsing (picocli), common options, exit codes, and one
 * small command class per command that wires a step's job to the warehouse. Holds no data logic:
 * commands call into ingest, validation, metrics, charts, report and extracts.
 */
package vn.diemtua.cli;
