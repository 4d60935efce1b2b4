package vn.diemtua.extracts;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.testing.SparkTestSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractVerifierTest {
    private static java.nio.file.Path pristine;

    @BeforeAll
    static void extractOnce() throws IOException {
        ExtractJob.Result result = ExtractFixture.extract(ExtractFixture.sharedWarehouse(), ExtractFixture.newOut(),
                ExtractFixture.request(MetricValuesSchema.CURRENT), WindowValuesSource.NONE);
        pristine = java.nio.file.Path.of(result.folder().toUri());
    }

    /** A copy of the extract, as a reviewer would download it. */
    private static java.nio.file.Path download() throws IOException {
        java.nio.file.Path copy = SparkTestSession.newFolder("download").resolve("2025-05_2025-07");
        try (Stream<java.nio.file.Path> files = Files.walk(pristine)) {
            for (java.nio.file.Path file : files.toList()) {
                Files.copy(file, copy.resolve(pristine.relativize(file).toString()));
            }
        }
        return copy;
    }

    private static List<ExtractVerifier.Problem> verify(java.nio.file.Path folder) throws IOException {
        Path path = new Path(folder.toUri());
        FileSystem fs = path.getFileSystem(ExtractFixture.spark().sparkContext().hadoopConfiguration());
        return ExtractVerifier.verify(fs, path);
    }

    @Test
    void anIntactDownloadHasNoProblems() throws IOException {
        assertEquals(List.of(), verify(download()));
    }

    @Test
    void aChangedByteIsReportedForThatFileOnly() throws IOException {
        java.nio.file.Path folder = download();
        java.nio.file.Path file = folder.resolve("nation_month/part-00000.parquet");
        byte[] bytes = Files.readAllBytes(file);
        bytes[8] ^= 0x01; // inside the first data page, away from the footer
        Files.write(file, bytes);
        List<ExtractVerifier.Problem> problems = verify(folder);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ExtractVerifier.Kind.SHA256, problems.get(0).kind());
        assertEquals("nation_month/part-00000.parquet", problems.get(0).path());
    }

    @Test
    void aTruncatedFileIsReportedWithItsSizeHashAndUnreadableFooter() throws IOException {
        java.nio.file.Path folder = download();
        java.nio.file.Path file = folder.resolve("commune_month/province_code=08/part-00000.parquet");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10), StandardOpenOption.TRUNCATE_EXISTING);
        List<ExtractVerifier.Kind> kinds = verify(folder).stream().map(ExtractVerifier.Problem::kind).toList();
        assertEquals(List.of(ExtractVerifier.Kind.SIZE, ExtractVerifier.Kind.SHA256, ExtractVerifier.Kind.UNREADABLE), kinds);
    }

    @Test
    void missingAndExtraFilesAreNamed() throws IOException {
        java.nio.file.Path folder = download();
        Files.delete(folder.resolve("commune_month/province_code=01/part-00000.parquet"));
        Files.writeString(folder.resolve("metric_values/notes.txt"), "added by hand");
        List<ExtractVerifier.Problem> problems = verify(folder);
        assertEquals(List.of(
                new ExtractVerifier.Problem(ExtractVerifier.Kind.MISSING, "commune_month/province_code=01/part-00000.parquet", null, null),
                new ExtractVerifier.Problem(ExtractVerifier.Kind.EXTRA, "metric_values/notes.txt", null, null)), problems);
    }

    @Test
    void aDictionaryWithAnAddedRowIsCaughtByHashAndRowCount() throws IOException {
        java.nio.file.Path folder = download();
        Files.writeString(folder.resolve(DataDictionary.CSV_FILE), "x,y,z,a,b,c,d\r\n", StandardOpenOption.APPEND);
        List<ExtractVerifier.Kind> kinds = verify(folder).stream().map(ExtractVerifier.Problem::kind).toList();
        assertEquals(List.of(ExtractVerifier.Kind.SIZE, ExtractVerifier.Kind.SHA256, ExtractVerifier.Kind.ROWS), kinds);
    }

    @Test
    void aMissingOrForeignManifestIsReported() throws IOException {
        java.nio.file.Path folder = download();
        Files.writeString(folder.resolve(Manifest.FILE_NAME), "{\"format\": \"something-else\"}");
        List<ExtractVerifier.Problem> problems = verify(folder);
        assertEquals(1, problems.size());
        assertEquals(ExtractVerifier.Kind.MANIFEST_UNREADABLE, problems.get(0).kind());
        assertTrue(problems.get(0).actual().contains("something-else"), problems.get(0).actual());
        Files.delete(folder.resolve(Manifest.FILE_NAME));
        assertEquals(ExtractVerifier.Kind.MANIFEST_UNREADABLE, verify(folder).get(0).kind());
    }
}
