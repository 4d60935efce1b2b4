package vn.diemtua.extracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code MANIFEST.json}: what an extract holds and where it came from. Everything in it is fixed by
 * the window, the geography and the table versions read, except {@code created_at}.
 */
public record Manifest(String format, String from, String to, String geography, String asOf, String programVersion,
                       String createdAt, Map<String, Long> tableVersions, List<DatasetSummary> datasets,
                       List<ManifestFile> files) {
    public static final String FILE_NAME = "MANIFEST.json";
    public static final String FORMAT = "diemtua-extract/1";

    /** One dataset: its folder, partition column (null if none), number of files and rows. */
    public record DatasetSummary(String name, String path, String partitionedBy, long files, long rows) {
    }

    /** Records as JSON objects, fields in declaration order, names in snake_case ({@code partitioned_by}). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Manifest {
        tableVersions = new LinkedHashMap<>(tableVersions);
        datasets = List.copyOf(datasets);
        files = List.copyOf(files);
    }

    /** Pretty-printed UTF-8 JSON with {@code \n} line ends, fields in a fixed order. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", format);
        ObjectNode window = root.putObject("window");
        window.put("from", from);
        window.put("to", to);
        root.put("geography", geography);
        root.put("as_of", asOf);
        root.put("program_version", programVersion);
        root.put("created_at", createdAt);
        ObjectNode versions = root.putObject("table_versions");
        tableVersions.forEach(versions::put);
        root.set("datasets", JSON.valueToTree(datasets));
        root.set("files", JSON.valueToTree(files));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (JSON.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the manifest as JSON", e);
        }
    }

    /** Reads a manifest; fails with what is wrong if it is not one. */
    public static Manifest parse(byte[] json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a " + FORMAT + " manifest (format is '" + root.path("format").asText() + "')");
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        root.path("table_versions").fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asLong()));
        List<DatasetSummary> datasets = JSON.convertValue(root.path("datasets"), new TypeReference<>() {
        });
        List<ManifestFile> files = JSON.convertValue(root.path("files"), new TypeReference<>() {
        });
        for (ManifestFile f : files) {
            if (f.path() == null || f.sha256() == null) {
                throw new IOException("a file entry of the manifest lacks its path or sha256: " + f);
            }
        }
        JsonNode window = root.path("window");
        return new Manifest(root.path("format").asText(), text(window.get("from")), text(window.get("to")),
                text(root.get("geography")), text(root.get("as_of")), text(root.get("program_version")),
                text(root.get("created_at")), versions, datasets, files);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
