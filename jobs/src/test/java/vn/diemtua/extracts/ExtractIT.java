package vn.diemtua.extracts;

import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code scripts/diemtua extract} and {@code extract --verify} end to end, on the real jar. */
class ExtractIT {
    private record Run(int exitCode, String out, String err) {
    }

    private static Run diemtua(String... args) throws IOException, InterruptedException {
        java.nio.file.Path repo = java.nio.file.Path.of(System.getProperty("diemtua.repo", "..")).toAbsolutePath().normalize();
        java.nio.file.Path logs = SparkTestSession.newFolder("extract-it-run");
        List<String> command = new ArrayList<>(List.of(repo.resolve("scripts/diemtua").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(logs.resolve("out").toFile())
                .redirectError(logs.resolve("err").toFile());
        builder.environment().put("DIEMTUA_TMP", System.getProperty("java.io.tmpdir"));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("diemtua " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(logs.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(logs.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void extractThenVerifyThenCatchATamperedDownload() throws Exception {
        Warehouse warehouse = ExtractFixture.newWarehouse();
        String out = ExtractFixture.newOut();
        Run extract = diemtua("extract", "--warehouse", warehouse.uri(), "--out", out, "--from", "2025-05", "--to", "2025-07");
        assertEquals(0, extract.exitCode(), extract.err());
        assertTrue(extract.out().contains("nation_month: 3"), extract.out());
        assertTrue(extract.err().contains("[5/5] reporting_rates"), "progress on standard error: " + extract.err());
        java.nio.file.Path folder = java.nio.file.Path.of(java.net.URI.create(out)).resolve("extracts/2025-05_2025-07");

        // Another process, another out folder: the same bytes.
        String otherOut = ExtractFixture.newOut();
        Run again = diemtua("extract", "--warehouse", warehouse.uri(), "--out", otherOut, "--from", "2025-05", "--to", "2025-07");
        assertEquals(0, again.exitCode(), again.err());
        Map<String, String> hashes = ExtractJobTest.hashes(new Path(folder.toUri()));
        assertEquals(hashes, ExtractJobTest.hashes(new Path(java.net.URI.create(otherOut + "/extracts/2025-05_2025-07"))));

        Run verify = diemtua("extract", "--verify", folder.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("khớp với MANIFEST.json: " + (hashes.size()) + " tệp"), verify.out());

        Files.delete(folder.resolve("province_month/part-00000.parquet"));
        Files.writeString(folder.resolve("DATA_DICTIONARY.md"), "edited", StandardCharsets.UTF_8);
        Run tampered = diemtua("extract", "--verify", folder.toUri().toString());
        assertEquals(1, tampered.exitCode(), tampered.out() + tampered.err());
        assertTrue(tampered.out().contains("MISSING\tprovince_month/part-00000.parquet"), tampered.out());
        assertTrue(tampered.out().contains("SHA256\tDATA_DICTIONARY.md"), tampered.out());
        assertTrue(tampered.out().contains("2 lỗi"), tampered.out());

        Run badUsage = diemtua("extract", "--warehouse", warehouse.uri(), "--out", out, "--from", "2025-13", "--to", "2025-07");
        assertEquals(2, badUsage.exitCode(), badUsage.err());
        assertTrue(badUsage.err().contains("--from 2025-13"), badUsage.err());
    }
}
