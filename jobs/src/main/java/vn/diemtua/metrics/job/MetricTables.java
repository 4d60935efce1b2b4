package vn.diemtua.metrics.job;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.util.Map;

/**
 * Writes the metric tables: created once with their declared schema and partitioning, then
 * overwritten whole (a full rebuild) or month by month with Delta's replaceWhere (an incremental
 * run), each write one atomic commit.
 */
final class MetricTables {
    private final Warehouse warehouse;

    MetricTables(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * Creates the table with exactly this schema if it does not exist.
     *
     * @param statsColumns the columns Delta keeps min/max statistics of for data skipping: the ones
     *                     readers filter on (statistics on every column cost a quarter of the write)
     */
    void ensure(TableName table, StructType schema, String statsColumns, String... partitionColumns) {
        DeltaTable.createIfNotExists(warehouse.spark())
                .location(warehouse.pathOf(table))
                .addColumns(schema)
                .partitionedBy(partitionColumns)
                .property("delta.dataSkippingStatsColumns", statsColumns)
                .execute();
    }

    /**
     * Replaces the rows of the given months (all rows when {@code months} is null) by {@code rows},
     * which must hold only those months. Returns the number of rows written.
     */
    long write(TableName table, Dataset<Row> rows, MonthSet months, String monthColumn, String... partitionColumns) {
        // Partitioned writes sort by the partition columns in each task anyway; a shuffle to get one
        // file per partition would move every row once more.
        Dataset<Row> ordered = partitionColumns.length == 0 ? rows.coalesce(1) : rows;
        var writer = ordered.write().format("delta").mode("overwrite");
        if (months != null) {
            writer = writer.option("replaceWhere", months.predicate(monthColumn));
        }
        writer.save(warehouse.pathOf(table));
        return outputRows(table);
    }

    /** Rows written by the table's last commit, from the Delta log (no scan of the data). */
    private long outputRows(TableName table) {
        Row last = DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(table)).history(1).select("operationMetrics").first();
        Map<String, String> metrics = last.getJavaMap(0);
        return Long.parseLong(metrics.getOrDefault("numOutputRows", "0"));
    }
}
