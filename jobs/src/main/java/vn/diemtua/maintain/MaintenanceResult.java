package vn.diemtua.maintain;

import vn.diemtua.model.TableName;

import java.util.List;

/**
 * What {@code maintain} did to one table.
 *
 * @param filesBefore   data files in the current version before OPTIMIZE
 * @param filesAfter    data files in the current version after OPTIMIZE
 * @param filesRemoved  files OPTIMIZE replaced (still on storage until VACUUM deletes them)
 * @param filesAdded    files OPTIMIZE wrote
 * @param zOrderBy      columns the files were clustered by, empty for compaction only
 * @param filesDeleted  files VACUUM deleted from storage; -1 when VACUUM did not run
 */
public record MaintenanceResult(TableName table, long filesBefore, long filesAfter, long filesRemoved,
                                long filesAdded, List<String> zOrderBy, long filesDeleted) {
}
