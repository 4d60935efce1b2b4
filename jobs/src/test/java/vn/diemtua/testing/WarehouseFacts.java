package vn.diemtua.testing;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;

/**
 * What a warehouse holds, as sorted lines per table, without what differs between two runs of the
 * same input (batch ids, ingest times): two warehouses fed the same files must give equal facts.
 */
public final class WarehouseFacts {
    private static final Set<String> RUN_COLUMNS = Set.of("batch_id", "ingested_at");

    private WarehouseFacts() {
    }

    /** {@code commune_month}, its versions, rejections, every row read, and the file log without duplicates. */
    public static Map<String, List<String>> ingest(Warehouse warehouse) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        for (TableName table : List.of(TableName.COMMUNE_MONTH, TableName.COMMUNE_MONTH_VERSIONS, TableName.REJECTIONS,
                TableName.SUBMISSION_ROWS)) {
            facts.put(table.tableName(), lines(warehouse.read(table)));
        }
        // A file's log row says what was done with it once; reruns that found it done say "duplicate_file".
        facts.put("ingest_log", lines(warehouse.read(TableName.INGEST_LOG).where(col("outcome").notEqual("duplicate_file"))
                .drop("table_versions", "notes")));
        facts.put("files_logged", lines(warehouse.read(TableName.INGEST_LOG).select("source_file").distinct()));
        return facts;
    }

    /**
     * {@code metric_values}, {@code reporting_rates}, {@code outliers} (empty before the first
     * {@code metrics} run) and the status of the last {@code metrics_state} row: a run that never
     * finished leaves {@code running}.
     */
    public static Map<String, List<String>> metrics(Warehouse warehouse) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        for (TableName table : List.of(TableName.METRIC_VALUES, TableName.REPORTING_RATES, TableName.OUTLIERS)) {
            facts.put(table.tableName(), warehouse.exists(table) ? lines(warehouse.read(table)) : List.of());
        }
        facts.put("metrics_state (last status)", !warehouse.exists(TableName.METRICS_STATE) ? List.of()
                : lines(warehouse.read(TableName.METRICS_STATE).orderBy(col("recorded_at").desc()).limit(1).select("status")));
        return facts;
    }

    /**
     * Problems of a warehouse on its own: rows read twice, or an {@code ingest_log} whose newest
     * versions are not the tables' versions (a commit no finished run accounts for).
     */
    public static List<String> integrityProblems(Warehouse warehouse) {
        List<String> problems = new java.util.ArrayList<>();
        Row rows = warehouse.read(TableName.SUBMISSION_ROWS)
                .agg(count(org.apache.spark.sql.functions.lit(1)), countDistinct(col("source_file"), col("sheet"), col("row_number")))
                .first();
        if (rows.getLong(0) != rows.getLong(1)) {
            problems.add("submission_rows: " + rows.getLong(0) + " rows but " + rows.getLong(1) + " distinct file rows");
        }
        Row current = warehouse.read(TableName.COMMUNE_MONTH)
                .agg(count(org.apache.spark.sql.functions.lit(1)), countDistinct(col("ma_xa"), col("ky_bao_cao"))).first();
        if (current.getLong(0) != current.getLong(1)) {
            problems.add("commune_month: " + current.getLong(0) + " rows for " + current.getLong(1) + " unit-months");
        }
        for (TableName table : List.of(TableName.SUBMISSION_ROWS, TableName.REJECTIONS, TableName.COMMUNE_MONTH_VERSIONS,
                TableName.COMMUNE_MONTH)) {
            Row logged = warehouse.read(TableName.INGEST_LOG).agg(max(col("table_versions").getItem(table.tableName()))).first();
            long version = warehouse.version(table);
            if (logged.isNullAt(0) || logged.getLong(0) != version) {
                problems.add(table.tableName() + " is at version " + version + " but ingest_log records " + logged.get(0));
            }
        }
        return problems;
    }

    private static List<String> lines(Dataset<Row> table) {
        Column[] kept = Arrays.stream(table.columns()).filter(c -> !RUN_COLUMNS.contains(c)).map(c -> col(c))
                .toArray(Column[]::new);
        return table.select(kept).collectAsList().stream().map(Row::toString).sorted().toList();
    }
}
