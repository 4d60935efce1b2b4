package vn.diemtua.testing;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import vn.diemtua.extracts.ExtractVerifier;
import vn.diemtua.extracts.Manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What an extract folder holds, as sorted lines, without what differs between two runs of the same
 * extract (the manifest's time and the table versions it read): two extracts of equal tables must
 * give equal facts. Also what a killed extract may leave behind.
 */
public final class ExtractFacts {
    static final String FILES = "extract files";
    static final String LISTED = "extract manifest files";

    private ExtractFacts() {
    }

    /** Every file but the manifest with its SHA-256 and size, and the files the manifest lists; empty lists if no folder. */
    public static Map<String, List<String>> of(Path folder) throws IOException {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            facts.put(FILES, List.of());
            facts.put(LISTED, List.of());
            return facts;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            facts.put(FILES, files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(Manifest.FILE_NAME))
                    .map(f -> folder.relativize(f) + " " + sha256(f) + " " + size(f)).sorted().toList());
        }
        facts.put(LISTED, Manifest.parse(Files.readAllBytes(folder.resolve(Manifest.FILE_NAME))).files().stream()
                .map(Object::toString).sorted().toList());
        return facts;
    }

    /** Folders under {@code extracts} that a reader would take for an extract but that do not match their manifest. */
    public static List<String> incompleteVisibleExtracts(Path extracts) throws IOException {
        if (!Files.isDirectory(extracts)) {
            return List.of();
        }
        FileSystem local = FileSystem.getLocal(new Configuration());
        try (Stream<Path> entries = Files.list(extracts)) {
            return entries.filter(e -> !e.getFileName().toString().startsWith(".")).map(e -> {
                try {
                    List<ExtractVerifier.Problem> problems = ExtractVerifier.verify(local,
                            new org.apache.hadoop.fs.Path(e.toUri()));
                    return problems.isEmpty() ? null : e.getFileName() + ": " + problems;
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }).filter(java.util.Objects::nonNull).sorted().toList();
        }
    }

    /** Hidden entries under {@code extracts}: what killed extract runs left (temporary folders). */
    public static List<String> hiddenEntries(Path extracts) throws IOException {
        try (Stream<Path> entries = Files.list(extracts)) {
            return entries.map(e -> e.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
