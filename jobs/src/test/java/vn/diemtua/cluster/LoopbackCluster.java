package vn.diemtua.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cluster of {@code scripts/cluster} for a test: a Spark master, two workers and an S3 server
 * on loopback, in a state folder of its own. Stopped by {@link #stop()} and, should the test JVM
 * end first, by a shutdown hook.
 */
final class LoopbackCluster implements AutoCloseable {
    static final Path REPO = Path.of(System.getProperty("diemtua.repo", "..")).toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** JVM flags for the drivers and executors of this test: short-lived JVMs on two shared cores. */
    static final String SHORT_LIVED_JVM = "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final Path state;
    private final Map<String, String> settings;
    /** Any values do for the local S3 server; passed to the subprocesses only, as a real deployment would. */
    private final Map<String, String> credentials = Map.of(
            "AWS_ACCESS_KEY_ID", "it-" + UUID.randomUUID(),
            "AWS_SECRET_ACCESS_KEY", UUID.randomUUID().toString());
    private final Thread stopOnExit;

    private LoopbackCluster(Path state, Map<String, String> settings, Thread stopOnExit) {
        this.state = state;
        this.settings = settings;
        this.stopOnExit = stopOnExit;
    }

    static LoopbackCluster start(Path work) throws IOException, InterruptedException {
        Path state = work.resolve("cluster");
        Thread stopOnExit = new Thread(() -> runStop(state, work));
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        Process start = script(state, List.of(REPO.resolve("scripts/cluster").toString(), "start"), Map.of())
                .redirectOutput(work.resolve("cluster-start.log").toFile())
                .redirectErrorStream(true)
                .start();
        if (!start.waitFor(10, TimeUnit.MINUTES) || start.exitValue() != 0) {
            start.destroyForcibly();
            runStop(state, work);
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            throw new IllegalStateException("scripts/cluster start failed:\n"
                    + Files.readString(work.resolve("cluster-start.log")));
        }
        Map<String, String> settings = new HashMap<>();
        for (String line : Files.readAllLines(state.resolve("cluster.env"))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                settings.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new LoopbackCluster(state, settings, stopOnExit);
    }

    private static ProcessBuilder script(Path state, List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile());
        builder.environment().put("DIEMTUA_CLUSTER_DIR", state.toString());
        builder.environment().put("DIEMTUA_TMP", state.resolveSibling("tmp").toString());
        // Drivers here live a minute on tiny data: C2 compilation would cost more CPU than it saves.
        builder.environment().put("DIEMTUA_JAVA_OPTS", SHORT_LIVED_JVM);
        builder.environment().putAll(env);
        return builder;
    }

    private static void runStop(Path state, Path work) {
        try {
            Process stop = script(state, List.of(REPO.resolve("scripts/cluster").toString(), "stop"), Map.of())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("cluster-stop.log").toFile()))
                    .redirectErrorStream(true)
                    .start();
            stop.waitFor(2, TimeUnit.MINUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        runStop(state, state.getParent());
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }

    String bucket() {
        return settings.get("BUCKET");
    }

    String s3Endpoint() {
        return settings.get("S3_ENDPOINT");
    }

    String masterWebUi() {
        return "http://127.0.0.1:" + settings.get("MASTER_WEBUI");
    }

    /** The PID of worker {@code n} (1-based), as the script recorded it. */
    long workerPid(int n) throws IOException {
        return Long.parseLong(Files.readString(state.resolve("worker-" + n + ".pid")).trim());
    }

    /** {@code scripts/cluster submit [sparkOptions --] args}, output to {@code name.out} and {@code name.err}. */
    Process submit(String name, List<String> sparkOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(REPO.resolve("scripts/cluster").toString(), "submit"));
        command.addAll(sparkOptions);
        command.add("--");
        command.addAll(args);
        return launch(name, command);
    }

    /** The executor ids that worker {@code n} (1-based) ran for application {@code appId}: its work folders. */
    Set<String> executorsOf(int n, String appId) throws IOException {
        Path appDir = state.resolve("worker-" + n).resolve(appId);
        if (!Files.isDirectory(appDir)) {
            return Set.of();
        }
        try (Stream<Path> dirs = Files.list(appDir)) {
            return dirs.map(d -> d.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** The number of workers the master counts alive (it drops a dead one after spark.worker.timeout). */
    int aliveWorkers() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(masterWebUi() + "/json/"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("aliveworkers").asInt();
    }

    /** {@code scripts/diemtua args} in local mode, reaching the same S3 server. */
    Process local(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(REPO.resolve("scripts/diemtua").toString()));
        command.addAll(args);
        command.addAll(List.of(
                "--conf", "spark.hadoop.fs.s3a.endpoint=" + s3Endpoint(),
                "--conf", "spark.hadoop.fs.s3a.endpoint.region=us-east-1",
                "--conf", "spark.hadoop.fs.s3a.path.style.access=true"));
        return launch(name, command);
    }

    private Process launch(String name, List<String> command) throws IOException {
        Path work = state.getParent();
        return script(state, command, credentials)
                .redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile())
                .start();
    }

    Path output(String name) {
        return state.getParent().resolve(name);
    }

    /** Hadoop settings reaching the S3 server from the test JVM itself. */
    Configuration hadoopConf() {
        Configuration conf = new Configuration();
        s3Settings().forEach(conf::set);
        return conf;
    }

    /** The same as Spark settings, for a session in the test JVM. */
    Map<String, String> sparkConf() {
        Map<String, String> conf = new HashMap<>();
        s3Settings().forEach((key, value) -> conf.put("spark.hadoop." + key, value));
        return conf;
    }

    private Map<String, String> s3Settings() {
        return Map.of("fs.s3a.endpoint", s3Endpoint(),
                "fs.s3a.endpoint.region", "us-east-1",
                "fs.s3a.path.style.access", "true",
                "fs.s3a.access.key", credentials.get("AWS_ACCESS_KEY_ID"),
                "fs.s3a.secret.key", credentials.get("AWS_SECRET_ACCESS_KEY"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
