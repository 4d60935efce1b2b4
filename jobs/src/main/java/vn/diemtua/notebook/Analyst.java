package vn.diemtua.notebook;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.diemtua.model.TableName;
import vn.diemtua.spark.Sessions;
import vn.diemtua.warehouse.Warehouse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A notebook's way into a warehouse: one Spark session, every existing table registered as a SQL
 * view of its own name ({@code commune_month}, {@code metric_values}, …).
 * <pre>{@code
 * var analyst = Analyst.open(WAREHOUSE);
 * var trend = analyst.sql("SELECT ky_bao_cao, value FROM metric_values WHERE metric_id = :m"
 *         + " AND geography = 'current' AND level = 'nation' ORDER BY ky_bao_cao", Map.of("m", "solve_rate"));
 * Chart.line(trend, "ky_bao_cao", "value").percent().title("Tỷ lệ điều tra làm rõ").image()
 * }</pre>
 * A cell whose last expression is an image or an HTML string shows it; {@code display(...)} shows
 * more than one.
 */
public final class Analyst {
    private static final NotebookMessages MESSAGES = NotebookMessages.get();
    /**
     * Delta's SQL parser (4.4, on Spark 4.2) drops the parameters of {@code sql(query, args)}
     * (delta-io/delta#7640); the legacy substitution binds them before parsing.
     */
    static final String BIND_PARAMETERS_BEFORE_PARSING = "spark.sql.legacy.parameterSubstitution.constantsOnly";

    private final Warehouse warehouse;
    private final List<TableName> tables;

    /** Registers the warehouse's tables as views in its session. */
    public Analyst(Warehouse warehouse) {
        this.warehouse = warehouse;
        warehouse.spark().conf().set(BIND_PARAMETERS_BEFORE_PARSING, "true");
        warehouse.registerViews();
        this.tables = Arrays.stream(TableName.values()).filter(warehouse::exists).toList();
    }

    /**
     * A local session (or the one {@code spark.master} names) on the warehouse at a Hadoop URI,
     * e.g. {@code ../warehouse} or {@code s3a://bucket/warehouse}.
     */
    public static Analyst open(String warehouseUri) {
        quietJavaLogging();
        return new Analyst(new Warehouse(Sessions.get(null, Map.of()), warehouseUri));
    }

    /**
     * The Java kernel sets java.util.logging to FINEST. Janino then logs each step of Spark's code
     * generation through Spark's SLF4J bridge, whose message formatting throws inside Janino and
     * fails every query that generates code. INFO is what a Spark application normally runs with.
     */
    static void quietJavaLogging() {
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        if (level == null || level.intValue() < Level.INFO.intValue()) {
            root.setLevel(Level.INFO);
        }
    }

    public SparkSession spark() {
        return warehouse.spark();
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** The tables found in the warehouse, by the view names SQL uses. */
    public List<String> tables() {
        return tables.stream().map(TableName::tableName).toList();
    }

    /** Fails with a message naming the missing tables and the warehouse when one is absent. */
    public Analyst require(TableName... needed) {
        String missing = Arrays.stream(needed)
                .filter(t -> !tables.contains(t))
                .map(TableName::tableName)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(MESSAGES.both("tables.missing", warehouse.uri(), missing));
        }
        return this;
    }

    public Dataset<Row> table(TableName table) {
        return warehouse.read(table);
    }

    public Dataset<Row> sql(String query) {
        return spark().sql(query);
    }

    /**
     * A query with named parameters ({@code :name}), so values chosen in a notebook are bound, not
     * pasted into the SQL text.
     */
    public Dataset<Row> sql(String query, Map<String, Object> args) {
        return spark().sql(query, args);
    }
}
