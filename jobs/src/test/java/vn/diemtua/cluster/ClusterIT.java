package vn.diemtua.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.storage.ConditionalPutLogStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The jobs jar on a real standalone cluster (master, two workers, executors in their own JVMs)
 * with the warehouse on S3 (a local moto server), through {@code scripts/cluster}: a Delta table
 * written by the cluster while a worker is killed equals the local-mode result; two drivers
 * committing to one table at once lose nothing; {@code maintain} compacts and vacuums on S3.
 * Until ingest and metrics are merged, the tables are made with {@code sql}.
 */
class ClusterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LoopbackCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        java.nio.file.Path work = LoopbackCluster.REPO.resolve("jobs/target/it/cluster-" + System.currentTimeMillis());
        Files.createDirectories(work);
        cluster = LoopbackCluster.start(work);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private String warehouse() {
        return "s3a://" + cluster.bucket() + "/warehouse";
    }

    /**
     * 12 tasks of 1,000 rows; the first row of each task waits {@code pauseMs}, so the cluster
     * run lasts long enough to lose a worker in the middle. The result does not depend on it.
     */
    private static String query(int pauseMs) {
        return "SELECT id % 97 AS bucket, count(*) AS n, sum(id) AS total FROM range(0, 12000, 1, 12) "
                + "WHERE java_method('java.lang.Thread', 'sleep', CAST(CASE WHEN id % 1000 = 0 THEN " + pauseMs
                + " ELSE 0 END AS BIGINT)) IS NOT NULL GROUP BY id % 97";
    }

    @Test
    void deltaTableWrittenWhileAWorkerDiesEqualsTheLocalResult() throws Exception {
        String table = "delta.`" + warehouse() + "/cluster_check`";
        int uiPort = LoopbackCluster.freePort();
        Process onCluster = cluster.submit("lost-worker", List.of("--conf", "spark.ui.port=" + uiPort),
                List.of("sql", "--warehouse", warehouse(),
                        "BEGIN CREATE TABLE " + table + " USING delta AS " + query(1500) + "; "
                                + "SELECT * FROM " + table + " ORDER BY bucket; END"));
        try {
            awaitTasksRunningOnBothWorkers(onCluster, uiPort);
            long pid = cluster.workerPid(2);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            assertTrue(onCluster.isAlive(), "the job was still running when the worker was killed");
            finish(onCluster, "lost-worker");
        } finally {
            onCluster.destroyForcibly();
        }
        String stderr = Files.readString(cluster.output("lost-worker.err"));
        assertTrue(stderr.contains("Lost executor") || stderr.contains("ExecutorLostFailure"),
                "the driver saw the executor go:\n" + stderr);

        Process local = cluster.local("local-result", List.of("sql", "--warehouse",
                LoopbackCluster.REPO.resolve("jobs/target/it/local-warehouse-" + UUID.randomUUID()).toString(),
                query(0) + " ORDER BY bucket"));
        finish(local, "local-result");

        List<String> clusterRows = Files.readAllLines(cluster.output("lost-worker.out"));
        List<String> localRows = Files.readAllLines(cluster.output("local-result.out"));
        assertEquals(98, localRows.size(), "header and 97 buckets");
        assertEquals("bucket,n,total", localRows.get(0));
        assertEquals(localRows, clusterRows);
    }

    @Test
    void concurrentDriversLoseNoCommitAndMaintainCompactsOnS3() throws Exception {
        String table = "delta.`" + warehouse() + "/outliers`";
        finish(cluster.local("create", List.of("sql", "--warehouse", warehouse(),
                "CREATE TABLE " + table + " (ma_xa STRING, ky_bao_cao DATE, key STRING, value BIGINT) USING delta")),
                "create");

        // Two drivers, each committing three times; without put-if-absent commits a race loses rows.
        Process a = cluster.local("writer-a", List.of("sql", "--warehouse", warehouse(), inserts(table, "a")));
        Process b = cluster.local("writer-b", List.of("sql", "--warehouse", warehouse(), inserts(table, "b")));
        try {
            finish(a, "writer-a");
            finish(b, "writer-b");
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }

        finish(cluster.submit("maintain", List.of("--conf", "spark.databricks.delta.retentionDurationCheck.enabled=false"),
                List.of("maintain", "--warehouse", warehouse(), "--retain-days", "0")), "maintain");
        List<String> report = Files.readAllLines(cluster.output("maintain.out"));
        assertEquals("table,files_before,files_after,files_removed,files_added,zorder_by,files_deleted", report.get(0));
        assertEquals(2, report.size(), "outliers is the only table:\n" + report);
        String[] outliers = report.get(1).split(",", -1);
        assertEquals("outliers", outliers[0]);
        assertTrue(Long.parseLong(outliers[1]) >= 6, "one file per insert at least");
        assertEquals("1", outliers[2]);
        assertEquals(outliers[1], outliers[3]);
        assertEquals(outliers[3], outliers[6], "VACUUM deleted the compacted files");

        finish(cluster.local("after-maintain", List.of("sql", "--warehouse", warehouse(),
                "SELECT count(*) AS n_rows, count(DISTINCT ma_xa, value) AS n_distinct, "
                        + "count(DISTINCT _metadata.file_path) AS n_files FROM " + table)), "after-maintain");
        assertEquals(List.of("n_rows,n_distinct,n_files", "6,6,1"),
                Files.readAllLines(cluster.output("after-maintain.out")));
    }

    private static String inserts(String table, String writer) {
        return "BEGIN DECLARE i INT = 0; WHILE i < 3 DO "
                + "INSERT INTO " + table + " SELECT 'writer-" + writer + "', make_date(2025, i + 1, 1), 'probe', "
                + "CAST(i AS BIGINT); SET i = i + 1; END WHILE; END";
    }

    @Test
    void logStoreRefusesASecondCommitOfTheSameVersionOnS3() throws IOException {
        Configuration conf = cluster.hadoopConf();
        ConditionalPutLogStore store = new ConditionalPutLogStore(conf);
        Path commit = new Path("s3a://" + cluster.bucket() + "/log-store-" + UUID.randomUUID()
                + "/_delta_log/00000000000000000000.json");

        store.write(commit, List.of("{\"commitInfo\":{\"writer\":\"a\"}}").iterator(), false, conf);
        assertThrows(FileAlreadyExistsException.class,
                () -> store.write(commit, List.of("{\"commitInfo\":{\"writer\":\"b\"}}").iterator(), false, conf));
        // The same commit again, as when a write landed but its answer was lost: done, not a conflict.
        store.write(commit, List.of("{\"commitInfo\":{\"writer\":\"a\"}}").iterator(), false, conf);

        try (FSDataInputStream in = commit.getFileSystem(conf).open(commit)) {
            assertEquals("{\"commitInfo\":{\"writer\":\"a\"}}\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Waits until the driver's first stage has finished a task and runs one on each executor. */
    private static void awaitTasksRunningOnBothWorkers(Process driver, int uiPort) throws Exception {
        String api = "http://127.0.0.1:" + uiPort + "/api/v1/applications";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!driver.isAlive()) {
                fail("the job ended before a worker could be killed: " + Files.readString(cluster.output("lost-worker.err")));
            }
            JsonNode apps = getJson(api);
            if (apps != null && apps.size() > 0) {
                JsonNode stages = getJson(api + "/" + apps.get(0).get("id").asText() + "/stages?status=active");
                if (stages != null) {
                    for (JsonNode stage : stages) {
                        if (stage.get("numCompleteTasks").asInt() >= 1 && stage.get("numActiveTasks").asInt() >= 2) {
                            return;
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        fail("no stage with tasks on both workers within 5 minutes");
    }

    private static JsonNode getJson(String url) throws InterruptedException {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            // The driver's UI is not up yet, or going down.
            return null;
        }
    }

    private static void finish(Process process, String name) throws Exception {
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(name + " did not finish within 8 minutes");
        }
        assertEquals(0, process.exitValue(), name + " failed:\n" + Files.readString(cluster.output(name + ".err")));
    }
}
