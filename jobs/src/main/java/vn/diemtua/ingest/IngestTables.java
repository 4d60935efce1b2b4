package vn.diemtua.ingest;

import io.delta.tables.DeltaTable;
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

/**
 * The tables ingest writes, and how a batch commits.
 *
 * <p>The protocol. Every table is created empty (Delta version 0) before any batch writes to it.
 * A batch commits {@code submission_rows}, {@code rejections}, {@code commune_month_versions} and
 * {@code commune_month} (at most one Delta commit each), then appends its rows to
 * {@code ingest_log}, each carrying {@code table_versions}: the version of every batch table right
 * after the batch. That last commit is the batch's commit mark. A run that dies before it has left
 * commits that no {@code ingest_log} row accounts for; the next run, before anything else, finds
 * the versions of the last committed batch (the newest {@code ingest_log} rows; version 0 if none)
 * and restores every batch table that is ahead of them to them (Delta RESTORE, itself one
 * commit). So after a crash the tables are as if the dead run never ran, and running it again
 * writes what it would have written. Ingest must be the only writer of these tables; time travel
 * still shows the undone commits, and the RESTORE after them.
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

    /** The versions recorded by the newest batch in {@code ingest_log}; empty if none. */
    static Map<String, Long> lastCommittedVersions(Warehouse warehouse) {
        List<Row> newest = warehouse.read(TableName.INGEST_LOG)
                .orderBy(col(IngestSchemas.INGESTED_AT).desc(), col(IngestSchemas.BATCH_ID).desc())
                .select(IngestSchemas.TABLE_VERSIONS).limit(1).collectAsList();
        return newest.isEmpty() ? Map.of() : newest.get(0).getJavaMap(0);
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
