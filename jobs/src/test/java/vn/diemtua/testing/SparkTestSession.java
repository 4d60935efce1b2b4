package vn.diemtua.testing;

import org.apache.spark.sql.SparkSession;
import vn.diemtua.spark.Sessions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Spark session tests share: one per test JVM (surefire runs the classes in one fork), local
 * with the small-data defaults, temporary files under {@code target/tmp}.
 */
public final class SparkTestSession {
    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        return Sessions.local();
    }

    /** A fresh folder under {@code target/tmp} for a test's warehouse or files. */
    public static Path newFolder(String prefix) {
        try {
            Path root = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(root);
            return Files.createTempDirectory(root, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
