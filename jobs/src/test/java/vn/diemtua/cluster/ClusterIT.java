package vn.diemtua.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.TableName;
import vn.diemtua.spark.Sessions;
import vn.diemtua.storage.ConditionalPutLogStore;
import vn.diemtua.warehouse.HistoryRetention;
import vn.diemtua.warehouse.Warehouse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The jobs jar on a real standalone cluster (a master, two workers, executors in their own JVMs)
 * with the warehouse and the outputs on S3 (a local moto server), through {@code scripts/cluster}:
 * <ul>
 *   <li>{@code run} (ingest, metrics, report and extract: the four commands one after the other),
 *       submitted with spark-submit, on generated submissions of two provinces and two months,
 *       gives the same tables, report and extract as {@code run} in local mode on the same files,
 *       although a worker is killed while its metrics step runs tasks on it;</li>
 *   <li>two drivers committing to one S3 table at once lose nothing, and {@code maintain} on the
 *       cluster then compacts and vacuums it;</li>
 *   <li>the log store refuses a second commit of one version on S3.</li>
 * </ul>
 * One cluster serves all three; everything it started is stopped at the end, also when a check
 * fails or the JVM exits early. Wall times depend on the machine's load; the checks do not.
 */
class ClusterIT {
    private static final String FROM = "2024-11";
    private static final String TO = "2024-12";
    private static final String WINDOW = FROM + "_" + TO;
    private static final long STEP_MINUTES = 15;
    private static final int INSERTS = 5;

    private static java.nio.file.Path work;
    private static java.nio.file.Path input;
    private static LoopbackCluster cluster;
    private static SparkSession spark;

    @BeforeAll
    static void startClusterAndGenerateInput() throws Exception {
        work = LoopbackCluster.REPO.resolve("jobs/target/it/cluster-" + System.currentTimeMillis());
        input = work.resolve("input");
        Files.createDirectories(work);
        // Written while the cluster starts: the same seed gives the same files on every machine.
        Process generate = new ProcessBuilder(LoopbackCluster.REPO.resolve("scripts/diemtua").toString(), "generate",
                "--out-dir", input.toString(), "--provinces", "06,12", "--from", FROM, "--to", TO, "--threads", "1")
                .redirectOutput(work.resolve("generate.out").toFile())
                .redirectError(work.resolve("generate.err").toFile())
                .start();
        try {
            cluster = LoopbackCluster.start(work);
            assertTrue(generate.waitFor(STEP_MINUTES, TimeUnit.MINUTES), "generate did not finish");
            assertEquals(0, generate.exitValue(), Files.readString(work.resolve("generate.err")));
        } finally {
            generate.destroyForcibly();
        }
    }

    @AfterAll
    static void stopAll() {
        try {
            if (spark != null) {
                spark.stop();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    /** A local session in the test JVM that reads the bucket too, for the checks. */
    private static synchronized SparkSession spark() {
        if (spark == null) {
            spark = Sessions.get("local[2]", cluster.sparkConf());
            // The session may have existed before this test: its Hadoop settings are fixed then.
            cluster.sparkConf().forEach((k, v) -> spark.sparkContext().hadoopConfiguration().set(k.substring("spark.hadoop.".length()), v));
        }
        return spark;
    }

    private static String bucket(String folder) {
        return "s3a://" + cluster.bucket() + "/" + folder;
    }

    @Test
    void pipelineOnTheClusterEqualsTheLocalRunAndSurvivesALostWorker() throws Exception {
        String s3Input = bucket("input");
        Configuration s3 = cluster.hadoopConf();
        // Through output streams, as the jobs write: S3A's copyFromLocalFile stalled against moto's server.
        Path localInput = new Path(input.toUri());
        assertTrue(FileUtil.copy(localInput.getFileSystem(s3), localInput, new Path(s3Input).getFileSystem(s3), new Path(s3Input), false, s3));
        String warehouse = bucket("warehouse");
        String out = bucket("out");
        String localWarehouse = work.resolve("local-warehouse").toUri().toString();
        String localOut = work.resolve("local-out").toUri().toString();

        // The reference: the four steps in one local JVM, alongside the cluster's run.
        Process reference = cluster.local("local-run", List.of("run", "--input", input.toString(),
                "--from", FROM, "--to", TO, "--warehouse", localWarehouse, "--out", localOut));
        try {
            // One application for the four steps: each spark-submit costs a driver and an executor per worker.
            int uiPort = LoopbackCluster.freePort();
            Process run = cluster.submit("run", List.of("--conf", "spark.ui.port=" + uiPort), List.of("run", "--input", s3Input,
                    "--from", FROM, "--to", TO, "--warehouse", warehouse, "--out", out));
            try {
                killWorkerWhileItRunsATask(run, "run", uiPort, 2);
                finish(run, "run");
            } finally {
                run.destroyForcibly();
            }
            String runLog = Files.readString(cluster.output("run.err"));
            assertTrue(runLog.contains("Lost executor") || runLog.contains("ExecutorLostFailure"),
                    "the driver saw the executor go:\n" + runLog);
            awaitAliveWorkers(1);
            finish(reference, "local-run");
        } finally {
            reference.destroyForcibly();
        }

        Warehouse onCluster = new Warehouse(spark(), warehouse);
        Warehouse local = new Warehouse(spark(), localWarehouse);
        List<String> differences = new TableDifferences(local, "file:" + input, onCluster, s3Input).all();
        assertEquals(List.of(), differences, "tables written on the cluster and locally differ");
        assertEquals(1, local.read(TableName.METRIC_VALUES).limit(1).count(), "metrics wrote rows");
        for (TableName table : List.of(TableName.COMMUNE_MONTH, TableName.METRIC_VALUES, TableName.UNITS)) {
            Row detail = onCluster.delta(table).orElseThrow().detail().first();
            assertEquals(HistoryRetention.interval(), detail.getJavaMap(detail.fieldIndex("properties"))
                    .get(HistoryRetention.TABLE_PROPERTY), table.tableName() + " keeps a conference year of history");
        }

        // The report is the same bytes; the extract too, but for its manifest's creation time.
        Map<String, String> localReport = FolderHashes.of(localOut + "/report/" + WINDOW, s3);
        assertTrue(localReport.keySet().containsAll(Set.of("index.html", "summary.vi.md", "charts/trend.png")), localReport.toString());
        assertEquals(localReport, FolderHashes.of(out + "/report/" + WINDOW, s3));
        Map<String, String> localExtract = FolderHashes.of(localOut + "/extracts/" + WINDOW, s3);
        Map<String, String> clusterExtract = FolderHashes.of(out + "/extracts/" + WINDOW, s3);
        assertTrue(localExtract.containsKey("commune_month/province_code=06/part-00000.parquet"), localExtract.toString());
        localExtract.remove("MANIFEST.json");
        clusterExtract.remove("MANIFEST.json");
        assertEquals(localExtract, clusterExtract);
        assertEquals(manifestWithoutTime(localOut, s3), manifestWithoutTime(out, s3));
    }

    private static JsonNode manifestWithoutTime(String out, Configuration conf) throws IOException {
        Path manifest = new Path(out + "/extracts/" + WINDOW + "/MANIFEST.json");
        try (FSDataInputStream in = manifest.getFileSystem(conf).open(manifest)) {
            ObjectNode tree = (ObjectNode) LoopbackCluster.JSON.readTree(in);
            tree.remove("created_at");
            return tree;
        }
    }

    @Test
    void concurrentDriversLoseNoCommitAndMaintainCompactsOnS3() throws Exception {
        String warehouse = bucket("writers");
        String path = warehouse + "/outliers";
        String table = "delta.`" + path + "`";
        spark().sql("CREATE TABLE " + table + " (ma_xa STRING, ky_bao_cao DATE, key STRING, value BIGINT) USING delta");

        // Two drivers, a subprocess and this JVM, each committing five times as soon as the other
        // has begun: without put-if-absent commits a race for a version loses one side's rows.
        Process other = cluster.local("writer-b", List.of("sql", "--warehouse", warehouse,
                "BEGIN DECLARE i INT = 0; WHILE i < " + INSERTS + " DO " + insert(table, "b", "i")
                        + "; SET i = i + 1; END WHILE; END"));
        try {
            Path firstCommit = new Path(path + "/_delta_log/00000000000000000001.json");
            FileSystem fs = firstCommit.getFileSystem(cluster.hadoopConf());
            while (!fs.exists(firstCommit)) {
                assertTrue(other.isAlive(), () -> "writer-b ended before its first commit: " + read("writer-b.err"));
                Thread.sleep(100);
            }
            for (int i = 0; i < INSERTS; i++) {
                spark().sql(insert(table, "a", Integer.toString(i)));
            }
            finish(other, "writer-b");
        } finally {
            other.destroyForcibly();
        }

        finish(cluster.submit("maintain", List.of("--conf", "spark.databricks.delta.retentionDurationCheck.enabled=false"),
                List.of("maintain", "--warehouse", warehouse, "--retain-days", "0")), "maintain");
        List<String> report = Files.readAllLines(cluster.output("maintain.out"));
        assertEquals("table,files_before,files_after,files_removed,files_added,zorder_by,files_deleted", report.get(0));
        assertEquals(2, report.size(), "outliers is the only table:\n" + report);
        String[] outliers = report.get(1).split(",", -1);
        assertEquals("outliers", outliers[0]);
        assertTrue(Long.parseLong(outliers[1]) >= 2 * INSERTS, "one file per insert at least");
        assertEquals("1", outliers[2]);
        assertEquals(outliers[1], outliers[3]);
        assertEquals(outliers[3], outliers[6], "VACUUM deleted the compacted files");

        Row after = spark().sql("SELECT count(*) AS n_rows, count(DISTINCT ma_xa, value) AS n_distinct, "
                + "count(DISTINCT _metadata.file_path) AS n_files FROM " + table).first();
        assertEquals(List.of(2L * INSERTS, 2L * INSERTS, 1L), List.of(after.getLong(0), after.getLong(1), after.getLong(2)));
    }

    private static String insert(String table, String writer, String i) {
        return "INSERT INTO " + table + " SELECT 'writer-" + writer + "', make_date(2025, " + i + " + 1, 1), 'probe', CAST("
                + i + " AS BIGINT)";
    }

    private static String read(String output) {
        try {
            return Files.readString(cluster.output(output));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void logStoreRefusesASecondCommitOfTheSameVersionOnS3() throws IOException {
        Configuration conf = cluster.hadoopConf();
        ConditionalPutLogStore store = new ConditionalPutLogStore(conf);
        Path commit = new Path(bucket("log-store-" + UUID.randomUUID()) + "/_delta_log/00000000000000000000.json");

        store.write(commit, List.of("{\"commitInfo\":{\"writer\":\"a\"}}").iterator(), false, conf);
        assertThrows(FileAlreadyExistsException.class,
                () -> store.write(commit, List.of("{\"commitInfo\":{\"writer\":\"b\"}}").iterator(), false, conf));
        // The same commit again, as when a write landed but its answer was lost: done, not a conflict.
        store.write(commit, List.of("{\"commitInfo\":{\"writer\":\"a\"}}").iterator(), false, conf);

        try (FSDataInputStream in = commit.getFileSystem(conf).open(commit)) {
            assertEquals("{\"commitInfo\":{\"writer\":\"a\"}}\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Kills worker {@code n} (SIGKILL; its executor goes with it) as soon as the driver runs a
     * task on that worker's executor, once the driver has reached its metric values: the job then
     * has lost running tasks and shuffle files, and still has stages to run.
     */
    private static void killWorkerWhileItRunsATask(Process driver, String name, int uiPort, int n) throws Exception {
        String api = "http://127.0.0.1:" + uiPort + "/api/v1/applications";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(STEP_MINUTES);
        while (System.nanoTime() < deadline) {
            if (!driver.isAlive()) {
                fail(name + " ended before a worker could be killed:\n" + Files.readString(cluster.output(name + ".err")));
            }
            JsonNode apps = getJson(api);
            if (apps != null && apps.size() > 0 && Files.readString(cluster.output(name + ".err")).contains("metric_values:")) {
                String appId = apps.get(0).get("id").asText();
                Set<String> executors = cluster.executorsOf(n, appId);
                JsonNode stages = getJson(api + "/" + appId + "/stages?status=active&details=true");
                if (stages != null && runsTaskOn(stages, executors)) {
                    ProcessHandle.of(cluster.workerPid(n)).orElseThrow().destroyForcibly();
                    assertTrue(driver.isAlive(), "the job was still running when the worker was killed");
                    return;
                }
            }
            Thread.sleep(200);
        }
        fail("no task ran on worker " + n + " within " + STEP_MINUTES + " minutes");
    }

    private static boolean runsTaskOn(JsonNode stages, Set<String> executors) {
        for (JsonNode stage : stages) {
            for (JsonNode task : stage.path("tasks")) {
                if ("RUNNING".equals(task.path("status").asText()) && executors.contains(task.path("executorId").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Waits until the master has dropped the killed worker, so that no later job waits on it. */
    private static void awaitAliveWorkers(int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (cluster.aliveWorkers() != expected) {
            if (System.nanoTime() > deadline) {
                fail("the master still counts " + cluster.aliveWorkers() + " workers alive");
            }
            Thread.sleep(500);
        }
    }

    private static JsonNode getJson(String url) throws InterruptedException {
        try {
            HttpResponse<String> response = LoopbackCluster.HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? LoopbackCluster.JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            // The driver's UI is not up yet, or going down.
            return null;
        }
    }

    private static void finish(Process process, String name) throws Exception {
        if (!process.waitFor(STEP_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(name + " did not finish within " + STEP_MINUTES + " minutes");
        }
        assertEquals(0, process.exitValue(), name + " failed:\n" + Files.readString(cluster.output(name + ".err")));
    }
}
