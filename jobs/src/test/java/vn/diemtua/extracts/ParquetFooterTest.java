package vn.diemtua.extracts;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import vn.diemtua.testing.SparkTestSession;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ParquetFooterTest {
    @Test
    void encodingsListedInAnotherOrderNormaliseToTheSameBytes() throws IOException {
        java.nio.file.Path dir = SparkTestSession.newFolder("footer");
        Path folder = new Path(dir.resolve("nation_month").toUri());
        FileSystem fs = ExtractFiles.raw(folder.getFileSystem(ExtractFixture.spark().sparkContext().hadoopConfiguration()));
        ExtractDataset nation = new ExtractDataset(DatasetName.NATION_MONTH,
                ExtractFixture.communeMonth(), java.util.List.of("ky_bao_cao", "ma_xa"), Optional.empty());
        DeterministicParquetWriter.write(fs, nation, folder);
        Path written = new Path(folder, DeterministicParquetWriter.FILE_NAME);

        // What another JVM's HashSet order would have written: every encoding list reversed.
        Path otherJvm = new Path(dir.resolve("other.parquet").toUri());
        ParquetFooter.copyRewritten(fs, written, otherJvm, m -> ParquetFooter.mapEncodings(m, list -> {
            ArrayList<org.apache.parquet.format.Encoding> reversed = new ArrayList<>(list);
            Collections.reverse(reversed);
            return reversed;
        }));
        byte[] original = Files.readAllBytes(dir.resolve("nation_month").resolve(DeterministicParquetWriter.FILE_NAME));
        assertFalse(java.util.Arrays.equals(original, Files.readAllBytes(dir.resolve("other.parquet"))),
                "the fixture must have column chunks with more than one encoding");

        Path normalised = new Path(dir.resolve("normalised.parquet").toUri());
        ParquetFooter.copyNormalised(fs, otherJvm, normalised);
        assertArrayEquals(original, Files.readAllBytes(dir.resolve("normalised.parquet")));
        assertEquals(9L, RowCounter.rows(fs, normalised));
    }
}
