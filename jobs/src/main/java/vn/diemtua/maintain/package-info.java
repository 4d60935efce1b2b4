/**
 * Upkeep of the warehouse's Delta tables: OPTIMIZE (compaction of small files, ZORDER where it
 * helps lookups) and VACUUM (deleting files no version within the retention window needs).
 * Works on whichever tables exist; never changes rows and never reads or writes any step's data.
 */
package vn.diemtua.maintain;
