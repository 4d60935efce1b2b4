package vn.diemtua.warehouse;

import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import scala.Option;
import vn.diemtua.model.TableName;

import java.util.Optional;

/**
 * The warehouse: a Hadoop URI under which each table of {@link TableName} is a path-based Delta
 * table in a folder of its name. Path-based, so no metastore is needed locally or on a cluster.
 */
public final class Warehouse {
    private final SparkSession spark;
    private final String uri;

    public Warehouse(SparkSession spark, String uri) {
        this.spark = spark;
        this.uri = qualify(spark, uri);
    }

    private static String qualify(SparkSession spark, String uri) {
        try {
            Path path = new Path(uri);
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path).toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Cannot open warehouse " + uri + ": " + e.getMessage(), e);
        }
    }

    public SparkSession spark() {
        return spark;
    }

    /** The fully qualified warehouse URI, e.g. {@code file:/home/me/warehouse}. */
    public String uri() {
        return uri;
    }

    public String pathOf(TableName table) {
        return uri + "/" + table.tableName();
    }

    public boolean exists(TableName table) {
        return DeltaTable.isDeltaTable(spark, pathOf(table));
    }

    /** The current version of a table. */
    public Dataset<Row> read(TableName table) {
        return spark.read().format("delta").load(pathOf(table));
    }

    /** A table as it was at a Delta version (digits) or a timestamp. */
    public Dataset<Row> readAsOf(TableName table, String versionOrTimestamp) {
        if (versionOrTimestamp == null) {
            return read(table);
        }
        String option = versionOrTimestamp.chars().allMatch(Character::isDigit) ? "versionAsOf" : "timestampAsOf";
        return spark.read().format("delta").option(option, versionOrTimestamp).load(pathOf(table));
    }

    public Optional<DeltaTable> delta(TableName table) {
        return exists(table) ? Optional.of(DeltaTable.forPath(spark, pathOf(table))) : Optional.empty();
    }

    /**
     * The latest commit version of a table, or -1 if it does not exist (the version Delta gives a
     * path with no log). From the table's log brought up to date (a listing of {@code _delta_log}),
     * not from {@code history(1)}, which ran a Spark job per call: a run asks a dozen times (a tenth
     * of an ingest's driver CPU).
     */
    public long version(TableName table) {
        return DeltaLog.forTable(spark, pathOf(table)).update(false, Option.empty(), Option.empty()).version();
    }

    /** Registers every existing table as a temporary view of its own name, for SQL. */
    public void registerViews() {
        for (TableName table : TableName.values()) {
            if (exists(table)) {
                read(table).createOrReplaceTempView(table.tableName());
            }
        }
    }
}
