package vn.diemtua.storage;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import vn.diemtua.testing.SparkTestSession;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusal path on a file system without conditional writes; ClusterIT covers S3 itself. */
class ConditionalPutLogStoreTest {
    private final Configuration conf = new Configuration();
    private final ConditionalPutLogStore store = new ConditionalPutLogStore(conf);
    private final java.nio.file.Path table = SparkTestSession.newFolder("cond-put");

    private Path logFile(String name) {
        return new Path(table.toUri().toString(), "_delta_log/" + name);
    }

    @Test
    void refusesAStoreWithoutConditionalWritesBeforeWritingTheCommit() throws IOException {
        Path commit = logFile("00000000000000000000.json");

        IOException e = assertThrows(IOException.class,
                () -> store.write(commit, List.of("{\"commitInfo\":{}}").iterator(), false, conf));
        assertTrue(e.getMessage().contains("If-None-Match"), e.getMessage());
        assertFalse(Files.exists(table.resolve("_delta_log/00000000000000000000.json")));
        try (var left = Files.list(table)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith(".conditional-put-probe")).count(),
                    "the probe object is removed");
        }
    }

    @Test
    void overwritesAreNotConditional() throws IOException {
        Path pointer = logFile("_last_checkpoint");
        store.write(pointer, List.of("a").iterator(), true, conf);
        store.write(pointer, List.of("b").iterator(), true, conf);
        assertEquals("b\n", Files.readString(table.resolve("_delta_log/_last_checkpoint")));
    }
}
