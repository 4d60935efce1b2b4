/**
 * Spark session set-up, in one place: Delta extensions, local small-data defaults, cluster
 * overrides. Knows nothing of the project's tables or steps.
 */
package vn.diemtua.spark;
