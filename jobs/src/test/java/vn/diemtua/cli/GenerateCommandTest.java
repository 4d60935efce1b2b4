package vn.diemtua.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    private String[] args(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--out-dir", tmp.resolve("in").toUri().toString(),
                "--from", "2023-10", "--to", "2023-10", "--provinces", "95", "--format", "csv", "--csv-encoding", "utf8"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void writesProvinceFoldersAndRefusesToWriteOverThem() throws IOException {
        Path manifest = tmp.resolve("manifest.csv");
        assertEquals(ExitCode.DONE, Main.execute(args("--manifest", manifest.toString())));
        Path folder = tmp.resolve("in/2023-10/95");
        assertTrue(Files.exists(folder.resolve("95_2023-10.csv")));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".crc")), "no checksum side files");
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("path,format,encoding"));
        assertTrue(lines.get(1).startsWith("2023-10/95/95_2023-10.csv,csv,utf8,"));

        assertEquals(ExitCode.USAGE, Main.execute(args()), "existing files are not silently replaced");
        assertEquals(ExitCode.DONE, Main.execute(args("--overwrite", "--seed", "5")));
    }

    @Test
    void badOptionsAreBadUsage() {
        assertEquals(ExitCode.USAGE, Main.execute(args("--format", "ods")));
        assertEquals(ExitCode.USAGE, Main.execute(args("--unit-types", "quan")));
        assertEquals(ExitCode.USAGE, Main.execute(args("--provinces", "1")));
        assertEquals(ExitCode.USAGE, Main.execute(args("--provinces", "99")));
        assertEquals(ExitCode.USAGE, Main.execute(args("--quirk-rate", "1.5")));
        assertEquals(ExitCode.USAGE, Main.execute("generate", "--out-dir", tmp.toString(), "--from", "2023-13"));
        assertEquals(ExitCode.USAGE, Main.execute("generate", "--from", "2023-10"));
    }
}
