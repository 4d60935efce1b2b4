package vn.diemtua.extracts;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rechecks an extract folder against its {@code MANIFEST.json}: every listed file present with
 * its size, SHA-256 and rows (read back from the file), and no file that the manifest does not
 * list. Needs no Spark, so a reviewer can check a download on any machine with the jar.
 */
public final class ExtractVerifier {
    /** What can be wrong with a file. */
    public enum Kind {
        MANIFEST_UNREADABLE, MISSING, EXTRA, SIZE, SHA256, ROWS, UNREADABLE
    }

    /** One difference; {@code expected} is the manifest's value, {@code actual} the file's. */
    public record Problem(Kind kind, String path, String expected, String actual) {
    }

    private ExtractVerifier() {
    }

    /** The differences between the folder and its manifest; empty if the extract is intact. */
    public static List<Problem> verify(FileSystem fileSystem, Path dir) throws IOException {
        FileSystem fs = ExtractFiles.raw(fileSystem);
        Manifest manifest;
        Path manifestPath = new Path(dir, Manifest.FILE_NAME);
        try (InputStream in = fs.open(manifestPath)) {
            manifest = Manifest.parse(in.readAllBytes());
        } catch (IOException e) {
            return List.of(new Problem(Kind.MANIFEST_UNREADABLE, Manifest.FILE_NAME, null, e.toString()));
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> present = new HashSet<>(ExtractFiles.list(fs, dir));
        Set<String> listed = new HashSet<>();
        for (ManifestFile expected : manifest.files()) {
            listed.add(expected.path());
            if (!present.contains(expected.path())) {
                problems.add(new Problem(Kind.MISSING, expected.path(), null, null));
                continue;
            }
            problems.addAll(check(fs, new Path(dir, expected.path()), expected));
        }
        present.stream()
                .filter(path -> !listed.contains(path) && !path.equals(Manifest.FILE_NAME))
                .sorted()
                .forEach(path -> problems.add(new Problem(Kind.EXTRA, path, null, null)));
        return problems;
    }

    private static List<Problem> check(FileSystem fs, Path file, ManifestFile expected) throws IOException {
        List<Problem> problems = new ArrayList<>();
        long size = fs.getFileStatus(file).getLen();
        if (size != expected.size()) {
            problems.add(new Problem(Kind.SIZE, expected.path(), Long.toString(expected.size()), Long.toString(size)));
        }
        String sha256 = ExtractFiles.sha256(fs, file);
        if (!sha256.equals(expected.sha256())) {
            problems.add(new Problem(Kind.SHA256, expected.path(), expected.sha256(), sha256));
        }
        Long rows;
        try {
            rows = RowCounter.rows(fs, file);
        } catch (IOException | RuntimeException e) {
            // A damaged Parquet footer or CSV: say so for this file and go on with the others.
            problems.add(new Problem(Kind.UNREADABLE, expected.path(), null, e.getMessage()));
            return problems;
        }
        if (!Objects.equals(rows, expected.rows())) {
            problems.add(new Problem(Kind.ROWS, expected.path(), String.valueOf(expected.rows()), String.valueOf(rows)));
        }
        return problems;
    }
}
