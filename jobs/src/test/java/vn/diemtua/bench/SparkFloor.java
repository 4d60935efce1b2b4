package vn.diemtua.bench;

import org.apache.spark.sql.SparkSession;
import vn.diemtua.spark.Sessions;

/**
 * Spark's floor for the benchmark: its own CSV reader reads every submission file, as text, and
 * writes the rows as Parquet; no validation, no Delta. What the pipeline costs above this is ours.
 * Arguments: input folder, output folder.
 */
public final class SparkFloor {
    private SparkFloor() {
    }

    public static void main(String[] args) {
        SparkSession spark = Sessions.local();
        try {
            spark.read().option("header", "false").option("recursiveFileLookup", "true").option("pathGlobFilter", "*.csv")
                    .csv(args[0]).write().mode("overwrite").parquet(args[1]);
        } finally {
            spark.stop();
        }
    }
}
