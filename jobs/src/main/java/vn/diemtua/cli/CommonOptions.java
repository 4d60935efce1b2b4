package vn.diemtua.cli;

import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** The options every command takes (SPEC section 3). */
public final class CommonOptions {
    @Option(names = "--warehouse", paramLabel = "URI", defaultValue = "${env:DIEMTUA_WAREHOUSE:-./warehouse}",
            description = "Warehouse: any Hadoop file system URI (file:, hdfs:, s3a:). Default: ${DEFAULT-VALUE}")
    public String warehouse;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${env:DIEMTUA_OUT:-./out}",
            description = "Where reports and extracts go (a Hadoop URI too). Default: ${DEFAULT-VALUE}")
    public String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master. Default: spark-submit's, else local[*].")
    public String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "A Spark setting, applied last; repeatable.")
    public Map<String, String> conf = new LinkedHashMap<>();

    /** Hadoop settings from --conf for tools that run without Spark: {@code spark.hadoop.X} as X, Hadoop keys as they are. */
    public Configuration hadoopConf() {
        Configuration hadoop = new Configuration();
        conf.forEach((key, value) ->
                hadoop.set(key.startsWith("spark.hadoop.") ? key.substring("spark.hadoop.".length()) : key, value));
        return hadoop;
    }
}
