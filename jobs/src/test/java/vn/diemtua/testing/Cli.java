package vn.diemtua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code scripts/diemtua} as a subprocess, as users do, for the end-to-end tests. */
public final class Cli {
    private Cli() {
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        public String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** The repository root, from failsafe's {@code diemtua.repo}. */
    public static Path repo() {
        return Path.of(System.getProperty("diemtua.repo", "..")).toAbsolutePath().normalize();
    }

    public static Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(repo().resolve("scripts/diemtua").toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("diemtua-out", ".txt");
            Path err = Files.createTempFile("diemtua-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("DIEMTUA_TMP", System.getProperty("java.io.tmpdir"));
            Process process = builder.start();
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("diemtua " + String.join(" ", args) + " did not finish");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
