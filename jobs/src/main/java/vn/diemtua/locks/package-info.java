/**
 * Months locked for a conference: the {@code period_locks} table (every {@code lock} and
 * {@code unlock}, with who, when and why) and what it makes of them, the months up to which
 * {@code commune_month} takes no change. Ingest applies the lock to its rows
 * ({@code vn.diemtua.ingest.PeriodLockRule}); this package only keeps and reads the lock.
 */
package vn.diemtua.locks;
