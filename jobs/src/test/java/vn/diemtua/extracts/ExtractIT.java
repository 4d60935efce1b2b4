package vn.diemtua.extracts;

import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import vn.diemtua.testing.Cli;
import vn.diemtua.warehouse.Warehouse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code scripts/diemtua extract} and {@code extract --verify} end to end, on the real jar. */
class ExtractIT {
    @Test
    void extractThenVerifyThenCatchATamperedDownload() throws Exception {
        Warehouse warehouse = ExtractFixture.newWarehouse();
        String out = ExtractFixture.newOut();
        Cli.Result extract = Cli.run("extract", "--warehouse", warehouse.uri(), "--out", out, "--from", "2025-05", "--to", "2025-07");
        assertEquals(0, extract.exitCode(), extract.describe());
        assertTrue(extract.out().contains("nation_month: 3"), extract.out());
        assertTrue(extract.err().contains("[6/6] window_values"), "progress on standard error: " + extract.err());
        java.nio.file.Path folder = java.nio.file.Path.of(java.net.URI.create(out)).resolve("extracts/2025-05_2025-07");

        // Another process, another out folder: the same bytes.
        String otherOut = ExtractFixture.newOut();
        Cli.Result again = Cli.run("extract", "--warehouse", warehouse.uri(), "--out", otherOut, "--from", "2025-05", "--to", "2025-07");
        assertEquals(0, again.exitCode(), again.describe());
        Map<String, String> hashes = ExtractJobTest.hashes(new Path(folder.toUri()));
        assertEquals(hashes, ExtractJobTest.hashes(new Path(java.net.URI.create(otherOut + "/extracts/2025-05_2025-07"))));

        Cli.Result verify = Cli.run("extract", "--verify", folder.toString());
        assertEquals(0, verify.exitCode(), verify.describe());
        assertTrue(verify.out().contains("khớp với MANIFEST.json: " + hashes.size() + " tệp"), verify.out());

        Files.delete(folder.resolve("province_month/part-00000.parquet"));
        Files.writeString(folder.resolve("DATA_DICTIONARY.md"), "edited", StandardCharsets.UTF_8);
        Cli.Result tampered = Cli.run("extract", "--verify", folder.toUri().toString());
        assertEquals(1, tampered.exitCode(), tampered.describe());
        assertTrue(tampered.out().contains("MISSING\tprovince_month/part-00000.parquet"), tampered.out());
        assertTrue(tampered.out().contains("SIZE\tDATA_DICTIONARY.md"), tampered.out());
        assertTrue(tampered.out().contains("SHA256\tDATA_DICTIONARY.md"), tampered.out());
        assertTrue(tampered.out().contains("3 lỗi"), tampered.out());

        Cli.Result badUsage = Cli.run("extract", "--warehouse", warehouse.uri(), "--out", out, "--from", "2025-13", "--to", "2025-07");
        assertEquals(2, badUsage.exitCode(), badUsage.describe());
        assertTrue(badUsage.err().contains("--from") && badUsage.err().contains("2025-13"), badUsage.err());
    }
}
