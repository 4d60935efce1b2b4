package vn.diemtua.report;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.sql.Timestamp;
import java.util.Optional;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

/**
 * The exact Delta versions a report reads. {@code --as-of} a timestamp: each table as it was then.
 * {@code --as-of} a version: that version of {@code metric_values}, and {@code reporting_rates} as
 * it was when that version was committed (the two tables have their own version numbers). The
 * resolved versions are then read by number, so the source line names exactly what was shown.
 */
public final class TableVersions {
    private TableVersions() {
    }

    public static DataVersion resolve(Warehouse warehouse, String asOf) {
        if (asOf == null) {
            return new DataVersion(warehouse.version(TableName.METRIC_VALUES),
                    warehouse.version(TableName.REPORTING_RATES), null);
        }
        Timestamp when;
        long metricValues;
        if (asOf.chars().allMatch(Character::isDigit)) {
            metricValues = Long.parseLong(asOf);
            when = commitTime(warehouse, TableName.METRIC_VALUES, metricValues).orElseThrow(() ->
                    new IllegalArgumentException("metric_values has no version " + asOf + " (latest: "
                            + warehouse.version(TableName.METRIC_VALUES) + ")"));
        } else {
            when = timestamp(warehouse, asOf);
            metricValues = versionAt(warehouse, TableName.METRIC_VALUES, when, asOf);
        }
        return new DataVersion(metricValues, versionAt(warehouse, TableName.REPORTING_RATES, when, asOf), asOf);
    }

    private static Timestamp timestamp(Warehouse warehouse, String text) {
        Row row = warehouse.spark().range(1).select(lit(text).cast(DataTypes.TimestampType)).first();
        if (row.isNullAt(0)) {
            throw new IllegalArgumentException("--as-of must be a table version (digits) or a timestamp such as "
                    + "2024-01-31 or '2024-01-31 18:00:00'; got '" + text + "'");
        }
        return row.getTimestamp(0);
    }

    private static Dataset<Row> history(Warehouse warehouse, TableName table) {
        DeltaTable delta = warehouse.delta(table).orElseThrow(() ->
                new IllegalArgumentException("The warehouse has no table " + table.tableName()));
        return delta.history().select(col("version"), col("timestamp"));
    }

    private static Optional<Timestamp> commitTime(Warehouse warehouse, TableName table, long version) {
        return history(warehouse, table).filter(col("version").equalTo(lit(version))).collectAsList().stream()
                .findFirst().map(r -> r.getTimestamp(1));
    }

    /** The latest version committed at or before {@code when}, as Delta's {@code timestampAsOf} reads. */
    private static long versionAt(Warehouse warehouse, TableName table, Timestamp when, String asOf) {
        Row row = history(warehouse, table).filter(col("timestamp").leq(lit(when))).agg(max(col("version"))).first();
        if (row.isNullAt(0)) {
            throw new IllegalArgumentException(table.tableName() + " did not exist yet as of " + asOf);
        }
        return row.getLong(0);
    }
}
