/**
 * One writer at a time on a warehouse's ingest tables: a lease that {@code ingest}, {@code lock}
 * and {@code unlock} hold while they write, kept as small files under {@code <warehouse>/_writer_lease/}
 * through Hadoop (any file system URI). A run that finds the lease held waits; a holder that died
 * (killed, out of memory, a lost driver) is recognised and its lease taken over. Knows nothing of
 * tables or files to ingest: the jobs decide what to do under the lease.
 */
package vn.diemtua.lease;
