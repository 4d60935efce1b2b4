package vn.diemtua.ingest;

import org.apache.spark.sql.Row;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A warehouse and an input folder under target/tmp, ingested with the project's real reader. */
final class TestWarehouse {
    final Path input;
    final Warehouse warehouse;
    final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    TestWarehouse(String prefix) {
        Path root = SparkTestSession.newFolder(prefix);
        input = root.resolve("input");
        warehouse = new Warehouse(SparkTestSession.get(), root.resolve("warehouse").toUri().toString());
    }

    Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) {
        Path file = input.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests files or folders under the input folder (all of it if none given). */
    IngestReport ingest(String... names) {
        PrintStream log = new PrintStream(progress, true, StandardCharsets.UTF_8);
        List<String> inputs = names.length == 0 ? List.of(input.toUri().toString())
                : java.util.Arrays.stream(names).map(n -> input.resolve(n).toUri().toString()).toList();
        return new IngestJob(warehouse, SubmissionFileReader.standard(ReadLimits.DEFAULTS), ReadLimits.DEFAULTS, log)
                .run(inputs);
    }

    List<Row> sql(String query) {
        warehouse.registerViews();
        return warehouse.spark().sql(query).collectAsList();
    }

    List<String> lines(String query) {
        return sql(query).stream().map(Row::toString).toList();
    }
}
