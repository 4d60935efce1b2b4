package vn.diemtua.extracts;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.cli.UsageException;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.sql.Timestamp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The tables an extract reads, each pinned to one Delta version chosen before anything is read,
 * so the manifest names exactly the versions behind the data even if a job commits meanwhile.
 *
 * <p>{@code --as-of} is either a timestamp (every table as it was then) or a version of the
 * anchor table, {@code metric_values}, the table the charts come from: the other tables are then
 * read as they were when that version was committed, which is the state the metrics saw.
 */
public final class PinnedTables {
    private final Warehouse warehouse;
    private final Map<TableName, Long> versions;

    private PinnedTables(Warehouse warehouse, Map<TableName, Long> versions) {
        this.warehouse = warehouse;
        this.versions = Collections.unmodifiableMap(versions);
    }

    public static PinnedTables resolve(Warehouse warehouse, List<TableName> tables, TableName anchor, Optional<String> asOf) {
        for (TableName table : tables) {
            if (!warehouse.exists(table)) {
                throw new UsageException("table " + table.tableName() + " does not exist under " + warehouse.uri()
                        + ": run ingest and metrics on this warehouse first");
            }
        }
        Optional<Timestamp> pointInTime = asOf.map(text -> isVersion(text)
                ? commitTime(warehouse, anchor, Long.parseLong(text))
                : parseTimestamp(warehouse, text));
        Map<TableName, Long> versions = new LinkedHashMap<>();
        for (TableName table : tables) {
            long version = pointInTime.isEmpty() ? warehouse.version(table)
                    : table == anchor && isVersion(asOf.get()) ? Long.parseLong(asOf.get())
                    : versionAt(warehouse, table, pointInTime.get(), asOf.get());
            versions.put(table, version);
        }
        return new PinnedTables(warehouse, versions);
    }

    /** The table at its pinned version. */
    public Dataset<Row> read(TableName table) {
        Long version = versions.get(table);
        if (version == null) {
            throw new IllegalArgumentException(table.tableName() + " was not pinned");
        }
        return warehouse.readAsOf(table, Long.toString(version));
    }

    /** Table name to the version read, in the order the tables were given. */
    public Map<TableName, Long> versions() {
        return versions;
    }

    private static boolean isVersion(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    private static Dataset<Row> history(Warehouse warehouse, TableName table) {
        return DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(table)).history().select("version", "timestamp");
    }

    private static Timestamp commitTime(Warehouse warehouse, TableName table, long version) {
        List<Row> rows = history(warehouse, table).where(col("version").equalTo(lit(version))).collectAsList();
        if (rows.isEmpty()) {
            throw new UsageException("--as-of " + version + ": " + table.tableName() + " has no version " + version
                    + " (latest is " + warehouse.version(table) + ")");
        }
        return rows.get(0).getTimestamp(1);
    }

    private static Timestamp parseTimestamp(Warehouse warehouse, String text) {
        // Spark's own cast, in the session time zone: the same reading Delta gives timestampAsOf.
        Timestamp parsed = warehouse.spark().range(1).select(lit(text).cast("timestamp")).first().getTimestamp(0);
        if (parsed == null) {
            throw new UsageException("--as-of " + text + " is neither a version number nor a timestamp"
                    + " such as 2024-01-31 or '2024-01-31 18:00:00'");
        }
        return parsed;
    }

    private static long versionAt(Warehouse warehouse, TableName table, Timestamp time, String asOf) {
        Row latest = history(warehouse, table)
                .where(col("timestamp").leq(lit(time)))
                .orderBy(col("version").desc())
                .limit(1)
                .collectAsList().stream().findFirst()
                .orElseThrow(() -> new UsageException("--as-of " + asOf + ": table " + table.tableName()
                        + " did not exist yet at " + time));
        return latest.getLong(0);
    }
}
