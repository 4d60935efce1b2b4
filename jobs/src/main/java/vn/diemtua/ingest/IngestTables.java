package vn.diemtua.ingest;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;

/**
 * The tables ingest writes, and how a batch commits.
 *
 * <p>The protocol. Every table is created empty (Delta version 0) before any batch writes to it.
 * Every commit a batch makes carries {@code diemtua ingest <batch_id>} as its Delta user metadata.
 * A batch commits {@code submission_rows}, {@code rejections}, {@code commune_month_versions} and
 * {@code commune_month} (at most one Delta commit each), then appends its rows to
 * {@code ingest_log}, each carrying {@code table_versions}: the version of every batch table right
 * after the batch. That last commit is the batch's commit mark. A run that dies before it leaves
 * ingest commits above the versions the newest {@code ingest_log} rows record (version 0 if there
 * are none). The next run, before anything else, looks at the commits of each batch table above
 * that version: if some were made by ingest, it restores the table (Delta RESTORE) to the version
 * just before the first of them. Commits of other programs there ({@code maintain}'s OPTIMIZE)
 * are kept when they come before, and undone only when they come after the dead run's commits
 * (their content is the same). The restore commits carry {@code diemtua recovery}, and the history
 * above one is not looked at again. So after a crash the tables hold what they held before the
 * dead run, and running it again writes what it would have written. Runs hold the warehouse's writer
 * lease ({@link vn.diemtua.lease.WriterLease}), so the recovery never undoes a live run's commits;
 * time travel still shows the undone commits and the restore.
 */
public final class IngestTables {
    /** The tables a batch writes before its commit mark, in the order it writes them. */
    public static final List<TableName> BATCH_TABLES = List.of(TableName.SUBMISSION_ROWS, TableName.REJECTIONS,
            TableName.COMMUNE_MONTH_VERSIONS, TableName.COMMUNE_MONTH);
    /** The commit metadata of a batch's commits, followed by its batch id. */
    static final String INGEST = "diemtua ingest ";
    static final String RECOVERY = "diemtua recovery";
    private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";

    private IngestTables() {
    }

    /** Creates, empty, whichever of the ingest tables does not exist yet. */
    public static void ensure(Warehouse warehouse) {
        create(warehouse, TableName.SUBMISSION_ROWS, IngestSchemas.SUBMISSION_ROWS);
        create(warehouse, TableName.REJECTIONS, IngestSchemas.REJECTIONS);
        // Partitioned by month: a batch's MERGE touches only the months it brought.
        create(warehouse, TableName.COMMUNE_MONTH_VERSIONS, CommuneMonthSchema.versionSchema(), SubmissionKey.KY_BAO_CAO.key());
        create(warehouse, TableName.COMMUNE_MONTH, CommuneMonthSchema.currentSchema(), SubmissionKey.KY_BAO_CAO.key());
        create(warehouse, TableName.INGEST_LOG, IngestSchemas.INGEST_LOG);
    }

    private static void create(Warehouse warehouse, TableName table, StructType schema, String... partitions) {
        if (!warehouse.exists(table)) {
            DeltaTable.createIfNotExists(warehouse.spark()).location(warehouse.pathOf(table))
                    .addColumns(schema).partitionedBy(partitions).execute();
        }
    }

    /**
     * Undoes the commits of a batch that did not reach its commit mark (see the class comment).
     *
     * @return the tables restored, with the version each went back to
     */
    public static Map<TableName, Long> recover(Warehouse warehouse, PrintStream progress) {
        Map<String, Long> committed = lastCommittedVersions(warehouse);
        Map<TableName, Long> restored = new LinkedHashMap<>();
        for (TableName table : BATCH_TABLES) {
            long recorded = committed.getOrDefault(table.tableName(), 0L);
            long now = warehouse.version(table);
            if (now <= recorded) {
                continue;
            }
            DeltaTable delta = DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(table));
            List<Commit> above = delta.history(Math.toIntExact(now - recorded))
                    .select(col("version"), col("userMetadata")).collectAsList().stream()
                    .map(r -> new Commit(r.getLong(0), r.isNullAt(1) ? null : r.getString(1))).toList();
            OptionalLong target = restoreTarget(above);
            if (target.isPresent()) {
                progress.printf("ingest: %s holds commits of a run that stopped midway: restoring version %d%n",
                        table.tableName(), target.getAsLong());
                withCommitMetadata(warehouse, RECOVERY, () -> delta.restoreToVersion(target.getAsLong()));
                restored.put(table, target.getAsLong());
            }
        }
        return restored;
    }

    /** A commit of a table's history: its version and user metadata (null if none). */
    record Commit(long version, String metadata) {
    }

    /**
     * The version to restore, given the commits above the last committed batch (newest first):
     * the one before the earliest ingest commit, looking no further back than a recovery; empty if
     * there is no ingest commit to undo.
     */
    static OptionalLong restoreTarget(List<Commit> newestFirst) {
        OptionalLong target = OptionalLong.empty();
        for (Commit commit : newestFirst) {
            String metadata = commit.metadata() == null ? "" : commit.metadata();
            if (metadata.startsWith(RECOVERY)) {
                break;
            }
            if (metadata.startsWith(INGEST)) {
                target = OptionalLong.of(commit.version() - 1);
            }
        }
        return target;
    }

    /** Runs {@code action} with every Delta commit it makes marked by {@code metadata}. */
    static <T> T withCommitMetadata(Warehouse warehouse, String metadata, java.util.function.Supplier<T> action) {
        warehouse.spark().conf().set(USER_METADATA, metadata);
        try {
            return action.get();
        } finally {
            warehouse.spark().conf().unset(USER_METADATA);
        }
    }

    /**
     * The versions recorded by the last committed batch in {@code ingest_log}; empty if none. Delta
     * versions only grow, so for each table that is the highest version any batch recorded: no
     * clock is trusted (two drivers' clocks may disagree on which batch came last).
     */
    static Map<String, Long> lastCommittedVersions(Warehouse warehouse) {
        Column[] highest = BATCH_TABLES.stream()
                .map(t -> max(col(IngestSchemas.TABLE_VERSIONS).getItem(t.tableName())).as(t.tableName()))
                .toArray(Column[]::new);
        Row row = warehouse.read(TableName.INGEST_LOG).agg(highest[0], java.util.Arrays.copyOfRange(highest, 1, highest.length))
                .first();
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableName table : BATCH_TABLES) {
            int i = row.fieldIndex(table.tableName());
            if (!row.isNullAt(i)) {
                versions.put(table.tableName(), row.getLong(i));
            }
        }
        return versions;
    }

    /**
     * Fails unless every commit to the batch tables after {@code since} carries {@code userMetadata}
     * (this batch's mark, {@code diemtua ingest <batch id>}): a batch's {@code ingest_log} rows vouch
     * for the tables' versions, so they must never vouch for a commit of another writer.
     */
    static void requireOnlyCommitsOf(Warehouse warehouse, Map<String, Long> since, String userMetadata) {
        for (TableName table : BATCH_TABLES) {
            long from = since.get(table.tableName());
            long now = warehouse.version(table);
            if (now <= from) {
                continue;
            }
            List<Row> foreign = DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(table)).history((int) (now - from))
                    .where(col("version").gt(from).and(not(col("userMetadata").eqNullSafe(userMetadata))))
                    .select("version", "operation", "userMetadata").collectAsList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException(table.tableName() + " holds commits of another writer since version "
                        + from + " (" + foreign + "); this run does not mark them as committed. Run ingest again: "
                        + "it restores the tables to the last finished run first.");
            }
        }
    }

    /** The current version of every batch table, as {@code ingest_log.table_versions} records it. */
    static Map<String, Long> currentVersions(Warehouse warehouse) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableName table : BATCH_TABLES) {
            versions.put(table.tableName(), warehouse.version(table));
        }
        return versions;
    }
}
