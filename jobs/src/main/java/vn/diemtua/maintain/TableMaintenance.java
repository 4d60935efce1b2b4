package vn.diemtua.maintain;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Console;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.HistoryRetention;
import vn.diemtua.warehouse.Warehouse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/** OPTIMIZE, then VACUUM, one table of the warehouse, after making sure it keeps its history long enough. */
public final class TableMaintenance {
    /** Delta records each VACUUM in the table's history with its counts only when this is on. */
    static final String VACUUM_LOGGING = "spark.databricks.delta.vacuum.logging.enabled";
    static final String RETENTION_CHECK = "spark.databricks.delta.retentionDurationCheck.enabled";
    /**
     * Delta lists the table for VACUUM in this many tasks, 10,000 unless set: minutes of task
     * overhead for a table of a few hundred files (measured: 10,062 tasks, 70 s, for one table of 11
     * files on a two-worker cluster). The session's default parallelism lists it as well.
     */
    static final String LISTING_PARALLELISM = "spark.sql.sources.parallelPartitionDiscovery.parallelism";

    private final Warehouse warehouse;
    private final MaintenancePlan plan;

    public TableMaintenance(Warehouse warehouse, MaintenancePlan plan) {
        this.warehouse = warehouse;
        this.plan = plan;
    }

    /** Whether Delta would refuse the plan's retention as too short (its check is on by default). */
    public boolean retentionRefusedByDelta() {
        boolean checked = Boolean.parseBoolean(warehouse.spark().conf().get(RETENTION_CHECK, "true"));
        return plan.vacuum() && checked && plan.retainHours() < MaintenancePlan.DELTA_MINIMUM_RETAIN_HOURS;
    }

    public MaintenanceResult run(TableName table) {
        DeltaTable delta = warehouse.delta(table)
                .orElseThrow(() -> new IllegalArgumentException("no table " + table.tableName()));
        Row detail = delta.detail().first();
        // Tables made before the history setting existed: VACUUM keeps files that --as-of needs
        // only if Delta also keeps the log entries that point to them.
        HistoryRetention.ensure(warehouse.spark(), warehouse.pathOf(table), detail.getJavaMap(detail.fieldIndex("properties")));
        long filesBefore = detail.<Long>getAs("numFiles");
        List<String> zOrderBy = usableZOrder(plan.zOrderOf(table), Arrays.asList(delta.toDF().columns()), detail);

        Row metrics = (zOrderBy.isEmpty()
                ? delta.optimize().executeCompaction()
                : delta.optimize().executeZOrderBy(zOrderBy.toArray(String[]::new)))
                .select("metrics.numFilesRemoved", "metrics.numFilesAdded").first();
        long removed = metrics.getLong(0);
        long added = metrics.getLong(1);

        long filesDeleted = plan.vacuum() ? vacuum(table, delta) : -1;
        return new MaintenanceResult(table, filesBefore, filesBefore - removed + added, removed, added,
                zOrderBy, filesDeleted);
    }

    /**
     * The plan's ZORDER columns if the table has them all outside its partitioning, else none:
     * a table with liquid clustering is clustered by OPTIMIZE itself.
     */
    static List<String> usableZOrder(List<String> wanted, List<String> columns, Row detail) {
        Set<String> partitioned = new HashSet<>(detail.getList(detail.fieldIndex("partitionColumns")));
        boolean clustered = Arrays.asList(detail.schema().fieldNames()).contains("clusteringColumns")
                && !detail.getList(detail.fieldIndex("clusteringColumns")).isEmpty();
        boolean usable = !clustered && columns.containsAll(wanted) && wanted.stream().noneMatch(partitioned::contains);
        return usable ? wanted : List.of();
    }

    private long vacuum(TableName table, DeltaTable delta) {
        SparkSession spark = warehouse.spark();
        long before = warehouse.version(table);
        String logging = spark.conf().get(VACUUM_LOGGING, null);
        String listing = spark.conf().contains(LISTING_PARALLELISM) ? spark.conf().get(LISTING_PARALLELISM) : null;
        spark.conf().set(VACUUM_LOGGING, "true");
        if (listing == null) {
            spark.conf().set(LISTING_PARALLELISM, Integer.toString(spark.sparkContext().defaultParallelism()));
        }
        try {
            // Delta prints its own count to standard output, which belongs to the command's report.
            Console.withOut(System.err, () -> delta.vacuum(plan.retainHours()));
        } finally {
            restore(spark, VACUUM_LOGGING, logging);
            restore(spark, LISTING_PARALLELISM, listing);
        }
        // Another job may have committed since: look for this VACUUM's own record.
        List<Row> ends = delta.history(20)
                .where(col("operation").equalTo("VACUUM END").and(col("version").gt(before)))
                .select("operationMetrics").collectAsList();
        if (ends.isEmpty() || !ends.get(0).getJavaMap(0).containsKey("numDeletedFiles")) {
            throw new IllegalStateException("VACUUM left no count in the history of " + table.tableName());
        }
        return Long.parseLong(ends.get(0).<String, String>getJavaMap(0).get("numDeletedFiles"));
    }

    /** Puts a session setting back as it was: unset if it was unset. */
    private static void restore(SparkSession spark, String key, String value) {
        if (value == null) {
            spark.conf().unset(key);
        } else {
            spark.conf().set(key, value);
        }
    }
}
