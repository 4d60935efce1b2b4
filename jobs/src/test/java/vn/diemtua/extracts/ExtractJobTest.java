package vn.diemtua.extracts;

import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import vn.diemtua.cli.UsageException;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.TableName;
import vn.diemtua.report.ReportWindow;
import vn.diemtua.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractJobTest {
    private static java.nio.file.Path local(Path path) {
        return java.nio.file.Path.of(path.toUri());
    }

    /** Relative path to SHA-256 of every file in an extract folder, hidden ones too, the manifest left out. */
    static Map<String, String> hashes(Path folder) throws IOException {
        java.nio.file.Path root = local(folder);
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString();
                if (!relative.equals(Manifest.FILE_NAME)) {
                    hashes.put(relative, java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
                }
            }
        }
        return hashes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> siblings(Path folder) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(local(folder).getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void twoExtractsOfTheSameVersionsAreByteForByteIdentical() throws IOException {
        Warehouse warehouse = ExtractFixture.sharedWarehouse();
        ExtractRequest request = ExtractFixture.request(MetricValuesSchema.CURRENT);
        ExtractJob.Result first = ExtractFixture.extract(warehouse, ExtractFixture.newOut(), request, WindowValuesSource.NONE);
        // The second run on a session with other settings that must not leak into the files.
        ExtractFixture.spark().conf().set("spark.sql.shuffle.partitions", "5");
        ExtractJob.Result second;
        try {
            second = ExtractFixture.extract(warehouse, ExtractFixture.newOut(), request, WindowValuesSource.NONE);
        } finally {
            ExtractFixture.spark().conf().set("spark.sql.shuffle.partitions", "2");
        }
        Map<String, String> firstHashes = hashes(first.folder());
        assertEquals(firstHashes, hashes(second.folder()));
        assertTrue(firstHashes.keySet().containsAll(List.of(
                "DATA_DICTIONARY.csv", "DATA_DICTIONARY.md",
                "commune_month/province_code=01/part-00000.parquet",
                "commune_month/province_code=02/part-00000.parquet",
                "commune_month/province_code=08/part-00000.parquet",
                "province_month/part-00000.parquet", "nation_month/part-00000.parquet",
                "metric_values/part-00000.parquet", "reporting_rates/part-00000.parquet")), firstHashes.keySet().toString());
        assertEquals(9, firstHashes.size(), "no _SUCCESS, .crc or other files: " + firstHashes.keySet());
        byte[] firstManifest = Files.readAllBytes(local(new Path(first.folder(), Manifest.FILE_NAME)));
        byte[] secondManifest = Files.readAllBytes(local(new Path(second.folder(), Manifest.FILE_NAME)));
        assertEquals(new String(firstManifest, java.nio.charset.StandardCharsets.UTF_8),
                new String(secondManifest, java.nio.charset.StandardCharsets.UTF_8), "the clock is fixed here");
    }

    @Test
    void parquetFootersHoldNothingThatDependsOnTheRun() throws IOException {
        ExtractJob.Result result = ExtractFixture.extract(ExtractFixture.sharedWarehouse(), ExtractFixture.newOut(),
                ExtractFixture.request(MetricValuesSchema.CURRENT), WindowValuesSource.NONE);
        Path file = new Path(result.folder(), "province_month/part-00000.parquet");
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file,
                ExtractFixture.spark().sparkContext().hadoopConfiguration()))) {
            Map<String, String> metadata = reader.getFooter().getFileMetaData().getKeyValueMetaData();
            assertEquals(Stream.of("org.apache.spark.version", "org.apache.spark.sql.parquet.row.metadata").sorted().toList(),
                    metadata.keySet().stream().sorted().toList(), metadata.toString());
            assertEquals(6, reader.getRecordCount(), "6 province-months");
        }
    }

    @Test
    void manifestRecordsWindowGeographyVersionsAndEveryFile() throws IOException {
        ExtractJob.Result result = ExtractFixture.extract(ExtractFixture.sharedWarehouse(), ExtractFixture.newOut(),
                ExtractFixture.request(MetricValuesSchema.AS_REPORTED), WindowValuesSource.NONE);
        Manifest manifest = Manifest.parse(Files.readAllBytes(local(new Path(result.folder(), Manifest.FILE_NAME))));
        assertEquals("2025-05", manifest.from());
        assertEquals("2025-07", manifest.to());
        assertEquals("as_reported", manifest.geography());
        assertEquals("2025-08-01T00:00:00Z", manifest.createdAt());
        assertEquals(Map.of("commune_month", 0L, "metric_values", 0L, "reporting_rates", 0L, "units", 0L,
                "province_crosswalk", 0L), manifest.tableVersions());
        Map<String, Long> rows = manifest.datasets().stream()
                .collect(Collectors.toMap(Manifest.DatasetSummary::name, Manifest.DatasetSummary::rows));
        assertEquals(Map.of("commune_month", 8L, "province_month", 8L, "nation_month", 3L, "metric_values", 5L,
                "reporting_rates", 3L), rows);
        assertEquals(hashes(result.folder()).keySet(),
                manifest.files().stream().map(ManifestFile::path).collect(Collectors.toSet()));
        assertEquals(result.folder().getName(), "2025-05_2025-07");
    }

    @Test
    void aNewExtractReplacesTheOldOnlyWhenCompleteAndAFailedOneLeavesNothing() throws IOException {
        Warehouse warehouse = ExtractFixture.newWarehouse();
        String out = ExtractFixture.newOut();
        ExtractRequest request = ExtractFixture.request(MetricValuesSchema.CURRENT);
        ExtractJob.Result old = ExtractFixture.extract(warehouse, out, request, WindowValuesSource.NONE);
        Map<String, String> oldHashes = hashes(old.folder());

        // A new month of Hà Giang without a crosswalk entry: the run fails half-way through writing.
        warehouse.delta(TableName.PROVINCE_CROSSWALK).orElseThrow().delete(col("old_province_code").equalTo(lit("02")));
        assertThrows(Exception.class, () -> ExtractFixture.extract(warehouse, out, request, WindowValuesSource.NONE));
        assertEquals(oldHashes, hashes(old.folder()), "the older extract is untouched");
        assertEquals(List.of("2025-05_2025-07"), siblings(old.folder()), "no temporary folder left");

        // Fixed again: the new extract (other table versions, so another manifest) takes the old one's place.
        ExtractFixture.save(warehouse, TableName.PROVINCE_CROSSWALK,
                ExtractFixture.provinceCrosswalk().where(col("old_province_code").equalTo("02")));
        ExtractJob.Result replaced = ExtractFixture.extract(warehouse, out, request, WindowValuesSource.NONE);
        assertEquals(old.folder(), replaced.folder());
        assertEquals(List.of("2025-05_2025-07"), siblings(replaced.folder()));
        assertEquals(2L, replaced.manifest().tableVersions().get("province_crosswalk"), "created, deleted from, appended to");
        assertEquals(oldHashes, hashes(replaced.folder()), "same rows, so the same data files");
        assertTrue(ExtractVerifier.verify(replaced.folder().getFileSystem(
                ExtractFixture.spark().sparkContext().hadoopConfiguration()), replaced.folder()).isEmpty());
    }

    @Test
    void asOfReadsEveryTableAsTheMetricsSawIt() throws IOException {
        Warehouse warehouse = ExtractFixture.newWarehouse();
        // A late submission after the metrics ran: commune_month version 1, metric_values still 0.
        ExtractFixture.save(warehouse, TableName.COMMUNE_MONTH, ExtractFixture.spark().createDataFrame(
                List.of(ExtractFixture.unitMonth("00005", "2025-07-01", "01", 50L, 50L, null, null)),
                vn.diemtua.model.CommuneMonthSchema.currentSchema()));
        ExtractRequest now = ExtractFixture.request(MetricValuesSchema.CURRENT);
        ExtractRequest then = new ExtractRequest(now.window(), now.geography(), Optional.of("0"));

        Manifest latest = ExtractFixture.extract(warehouse, ExtractFixture.newOut(), now, WindowValuesSource.NONE).manifest();
        Manifest past = ExtractFixture.extract(warehouse, ExtractFixture.newOut(), then, WindowValuesSource.NONE).manifest();
        assertEquals(1L, latest.tableVersions().get("commune_month"));
        assertEquals(0L, past.tableVersions().get("commune_month"));
        assertEquals("0", past.asOf());
        assertEquals(9L, latest.datasets().get(0).rows());
        assertEquals(8L, past.datasets().get(0).rows());

        ExtractRequest tooLate = new ExtractRequest(now.window(), now.geography(), Optional.of("7"));
        UsageException e = assertThrows(UsageException.class,
                () -> ExtractFixture.extract(warehouse, ExtractFixture.newOut(), tooLate, WindowValuesSource.NONE));
        assertTrue(e.getMessage().contains("metric_values has no version 7"), e.getMessage());
        ExtractRequest tooEarly = new ExtractRequest(now.window(), now.geography(), Optional.of("2001-01-01"));
        e = assertThrows(UsageException.class,
                () -> ExtractFixture.extract(warehouse, ExtractFixture.newOut(), tooEarly, WindowValuesSource.NONE));
        assertTrue(e.getMessage().contains("did not exist yet"), e.getMessage());
    }

    @Test
    void windowValuesFromTheMetricsStepBecomeADataset() throws IOException {
        ExtractJob.Result result = ExtractFixture.extract(ExtractFixture.sharedWarehouse(), ExtractFixture.newOut(),
                ExtractFixture.request(MetricValuesSchema.CURRENT), (tables, request) -> Optional.of(ExtractFixture.windowValues()));
        assertTrue(result.manifest().files().stream().anyMatch(f -> f.path().equals("window_values/part-00000.parquet")
                && f.rows() == 1L));
        assertTrue(result.manifest().datasets().stream().anyMatch(d -> d.name().equals("window_values")));
    }

    @Test
    void anEmptyWindowFailsAndWritesNothing() {
        String out = ExtractFixture.newOut();
        ExtractRequest empty = new ExtractRequest(ReportWindow.parse("2020-01", "2020-03"),
                MetricValuesSchema.AS_REPORTED, Optional.empty());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExtractFixture.extract(ExtractFixture.sharedWarehouse(), out, empty, WindowValuesSource.NONE));
        assertTrue(e.getMessage().contains("commune_month"), e.getMessage());
        assertFalse(Files.exists(java.nio.file.Path.of(java.net.URI.create(out)).resolve("extracts/2020-01_2020-03")));
    }
}
