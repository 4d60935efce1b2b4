package vn.diemtua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the reliability tests write what they measured ({@code jobs/target/reliability/<test>.md}),
 * for docs/reliability.md: one line per scenario, as it happened on this machine.
 */
public final class Measurements {
    private final Path file;

    public Measurements(String test) {
        Path repo = Path.of(System.getProperty("diemtua.repo", "..")).toAbsolutePath().normalize();
        file = repo.resolve("jobs/target/reliability/" + test + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# " + test + " (load average at start: " + loadAverage() + ")\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(String line) {
        System.out.println("measured: " + line);
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-minute load average (Linux), since wall-clock times on a shared machine depend on it. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
