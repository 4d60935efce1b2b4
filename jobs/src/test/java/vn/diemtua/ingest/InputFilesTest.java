package vn.diemtua.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import vn.diemtua.testing.SparkTestSession;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is inside an input folder stays inside: links are listed with where they lead, never followed. */
class InputFilesTest {
    @Test
    void linksInAnInputFolderAreListedWithTheirTargetAndNotWalked() throws IOException {
        java.nio.file.Path root = SparkTestSession.newFolder("input-files");
        java.nio.file.Path input = Files.createDirectories(root.resolve("input/01"));
        java.nio.file.Path outside = Files.createDirectories(root.resolve("secrets"));
        Files.writeString(outside.resolve("passwd.csv"), "not for ingest");
        Files.writeString(input.resolve("real.csv"), "Mã xã,Kỳ báo cáo\n1,10/2023\n");
        Files.createSymbolicLink(input.resolve("out.csv"), outside.resolve("passwd.csv"));
        Files.createSymbolicLink(input.resolve("in.csv"), input.resolve("real.csv"));
        Files.createSymbolicLink(input.resolve("folder"), outside);
        Files.createSymbolicLink(input.resolve("up"), java.nio.file.Path.of(".."));

        List<FileTask> tasks = new InputFiles(new Configuration(), Set.of("01"))
                .list(List.of(root.resolve("input").toUri().toString()));
        Map<String, FileTask> byName = tasks.stream().collect(Collectors.toMap(FileTask::name, t -> t));
        assertEquals(Set.of("real.csv", "out.csv", "in.csv", "folder", "up"), byName.keySet(),
                "nothing is listed through a link: " + tasks);
        assertNull(byName.get("real.csv").linkTarget());
        assertTrue(byName.get("out.csv").linkTarget().endsWith("/secrets/passwd.csv"), byName.get("out.csv")::toString);
        assertTrue(byName.get("in.csv").linkTarget().endsWith("/input/01/real.csv"));
        assertTrue(byName.get("folder").linkTarget().endsWith("/secrets"));
        assertEquals("01", byName.get("out.csv").provinceFolder());
    }

    @Test
    void aListedPathOutsideItsFolderIsNotUnderIt() {
        Path root = new Path("s3a://bucket/input");
        assertTrue(InputFiles.isUnder(root, new Path("s3a://bucket/input/01/a.csv")));
        assertFalse(InputFiles.isUnder(root, new Path(java.net.URI.create("s3a://bucket/input/../etc/a.csv"))));
        assertFalse(InputFiles.isUnder(root, new Path("s3a://bucket/input-other/a.csv")));
    }
}
