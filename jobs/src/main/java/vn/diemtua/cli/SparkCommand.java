package vn.diemtua.cli;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import vn.diemtua.spark.Sessions;
import vn.diemtua.storage.CommitSafety;
import vn.diemtua.warehouse.Warehouse;

import java.util.concurrent.Callable;

/**
 * A command that needs Spark: builds the session and the warehouse from the common options,
 * runs, and maps failures to exit codes. Subclasses only wire jobs to tables.
 */
public abstract class SparkCommand implements Callable<Integer> {
    @Mixin
    public CommonOptions common;

    @Override
    public final Integer call() throws Exception {
        checkUsage();
        SparkSession spark = Sessions.get(common.master, common.conf);
        try {
            CommitSafety.problem(spark.sparkContext().getConf(), common.warehouse).ifPresent(problem -> {
                throw new UsageException(problem);
            });
            return run(new Warehouse(spark, common.warehouse));
        } finally {
            spark.stop();
        }
    }

    /** Throws {@link UsageException} for bad options; called before Spark starts. */
    protected void checkUsage() {
    }

    /** Runs the command; returns an {@link ExitCode}. */
    protected abstract int run(Warehouse warehouse) throws Exception;
}
