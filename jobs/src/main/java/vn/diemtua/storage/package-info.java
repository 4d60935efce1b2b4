/**
 * Safe Delta commits on object stores: {@link vn.diemtua.storage.ConditionalPutLogStore} makes
 * every commit a put-if-absent (S3 conditional writes), so concurrent jobs on one table cannot
 * overwrite each other's commits; {@link vn.diemtua.storage.CommitSafety} sets it as the default
 * and refuses an S3 warehouse configured with a log store that is not safe for several writers.
 * Knows nothing of the project's tables or steps.
 */
package vn.diemtua.storage;
