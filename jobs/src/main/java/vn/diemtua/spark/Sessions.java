package vn.diemtua.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import vn.diemtua.storage.CommitSafety;
import vn.diemtua.warehouse.HistoryRetention;

import java.util.Map;

/**
 * The one place a Spark session is built. Delta is always on. In local mode the small-data
 * defaults of STACK.md apply (few partitions, no UI, loopback driver); on a cluster whatever
 * {@code spark-submit} or {@code --conf} says wins, and nothing is set that it did not ask for.
 */
public final class Sessions {
    /** Defaults for local runs on small data: without them Delta runs 50-task stages per commit. */
    static final Map<String, String> LOCAL_DEFAULTS = Map.of(
            "spark.sql.shuffle.partitions", "2",
            "spark.default.parallelism", "2",
            "spark.databricks.delta.snapshotPartitions", "2",
            "spark.ui.enabled", "false",
            "spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1",
            "spark.sql.session.timeZone", "Asia/Ho_Chi_Minh");

    private Sessions() {
    }

    /**
     * Returns the session for a command.
     *
     * @param master {@code --master} if given, else null: then {@code spark.master} from
     *               spark-submit, else {@code local[*]}
     * @param conf   {@code --conf key=value} pairs, applied last
     */
    public static SparkSession get(String master, Map<String, String> conf) {
        SparkConf sparkConf = new SparkConf(true);
        if (master != null) {
            sparkConf.setMaster(master);
        } else if (!sparkConf.contains("spark.master")) {
            sparkConf.setMaster("local[*]");
        }
        if (sparkConf.get("spark.master").startsWith("local")) {
            LOCAL_DEFAULTS.forEach((k, v) -> {
                if (!sparkConf.contains(k)) {
                    sparkConf.set(k, v);
                }
            });
        }
        sparkConf.setIfMissing("spark.app.name", "diemtua");
        sparkConf.set("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        sparkConf.set("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        // Dates in the tables are calendar dates of Vietnam; keep them stable across machines.
        sparkConf.setIfMissing("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh");
        // Metric values are computed as wide rows (a column per leaf and window, 24 metrics × 8
        // figures); above 100 fields Spark gives up whole-stage code generation for them.
        sparkConf.setIfMissing("spark.sql.codegen.maxFields", "10000");
        // Every table this program creates keeps a conference year of history for --as-of.
        sparkConf.setIfMissing(HistoryRetention.SESSION_DEFAULT, HistoryRetention.interval());
        conf.forEach(sparkConf::set);
        // Delta on S3: commits as conditional writes, safe with several writers (docs/cluster.md).
        CommitSafety.applyDefaults(sparkConf);
        return SparkSession.builder().config(sparkConf).getOrCreate();
    }

    /** A local session with the small-data defaults, for tests and notebooks. */
    public static SparkSession local() {
        return get("local[2]", Map.of());
    }
}
