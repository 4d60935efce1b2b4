package vn.diemtua.storage;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitSafetyTest {
    private static final String S3A = "spark.delta.logStore.s3a.impl";
    private static final String SINGLE_DRIVER = "io.delta.storage.S3SingleDriverLogStore";

    @Test
    void defaultsMakeEveryS3SchemeConditional() {
        SparkConf conf = new SparkConf(false);
        CommitSafety.applyDefaults(conf);
        for (String scheme : CommitSafety.S3_SCHEMES) {
            assertEquals(ConditionalPutLogStore.class.getName(), conf.get("spark.delta.logStore." + scheme + ".impl"));
        }
        assertTrue(CommitSafety.problem(conf, "s3a://bucket/warehouse").isEmpty());
    }

    @Test
    void defaultsKeepAStoreTheUserChose() {
        SparkConf conf = new SparkConf(false).set(S3A, SINGLE_DRIVER);
        CommitSafety.applyDefaults(conf);
        assertEquals(SINGLE_DRIVER, conf.get(S3A));

        SparkConf global = new SparkConf(false).set(CommitSafety.GLOBAL_KEY, SINGLE_DRIVER);
        CommitSafety.applyDefaults(global);
        // Delta refuses both kinds of setting at once, so none is added next to the global one.
        assertFalse(global.contains(S3A));
    }

    @Test
    void singleDriverStoreIsRefusedForAnS3Warehouse() {
        SparkConf conf = new SparkConf(false).set(S3A, SINGLE_DRIVER);
        String problem = CommitSafety.problem(conf, "s3a://bucket/warehouse").orElseThrow();
        assertTrue(problem.contains(S3A) && problem.contains(SINGLE_DRIVER), problem);
        // Without any setting Delta would use its single-driver store as well.
        assertTrue(CommitSafety.problem(new SparkConf(false), "s3a://bucket/warehouse").isPresent());
        assertTrue(CommitSafety.problem(new SparkConf(false).set(CommitSafety.GLOBAL_KEY, SINGLE_DRIVER),
                "s3://bucket/warehouse").isPresent());
    }

    @Test
    void dynamoDbStoreAndOtherFileSystemsAreAccepted() {
        SparkConf dynamo = new SparkConf(false).set(S3A, "io.delta.storage.S3DynamoDBLogStore");
        assertTrue(CommitSafety.problem(dynamo, "s3a://bucket/warehouse").isEmpty());
        SparkConf unsafe = new SparkConf(false).set(S3A, SINGLE_DRIVER);
        assertTrue(CommitSafety.problem(unsafe, "./warehouse").isEmpty());
        assertTrue(CommitSafety.problem(unsafe, "file:/data/warehouse").isEmpty());
        assertTrue(CommitSafety.problem(unsafe, "hdfs://nn/warehouse").isEmpty());
    }
}
