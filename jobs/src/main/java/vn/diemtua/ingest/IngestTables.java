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

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;

/**
 * The tables ingest writes, and how a batch commits.
 *
 * <p>The protocol. Every table is created empty (Delta version 0) before any batch writes to it.
 * A batch commits {@code submission_rows}, {@code rejections}, {@code commune_month_versions} and
 * {@code commune_month} (at most one Delta commit each), then appends its rows to
 * {@code ingest_log}, each carrying {@code table_versions}: the version of every batch table right
 * after the batch. That last commit is the batch's commit mark. A run that dies before it has left
 * commits that no {@code ingest_log} row accounts for; the next run, before anything else, finds
 * the versions of the last committed batch (the highest versions {@code ingest_log} records; version 0 if none)
 * and restores every batch table that is ahead of them to them (Delta RESTORE, itself one
 * commit). So after a crash the tables are as if the dead run never ran, and running it again
 * writes what it would have written. Ingest must be the only writer of these tables; time travel
 * still shows the undone commits, and the RESTORE after them. Runs hold the warehouse's writer
 * lease ({@link vn.diemtua.lease.WriterLease}), so the recovery never undoes a live run's commits.
 */
public final class IngestTables {
    /** The tables a batch writes before its commit mark, in the order it writes them. */
    public static final List<TableName> BATCH_TABLES = List.of(TableName.SUBMISSION_ROWS, TableName.REJECTIONS,
            TableName.COMMUNE_MONTH_VERSIONS, TableName.COMMUNE_MONTH);

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
            long target = committed.getOrDefault(table.tableName(), 0L);
            long now = warehouse.version(table);
            if (now > target) {
                progress.printf("ingest: %s is at version %d but the last finished run left it at %d: "
                        + "restoring (an earlier run stopped midway)%n", table.tableName(), now, target);
                DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(table)).restoreToVersion(target);
                restored.put(table, target);
            }
        }
        return restored;
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
