package vn.diemtua.extracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static final ObjectMapper JSON = new ObjectMapper();

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
        ArrayNode datasetArray = root.putArray("datasets");
        for (DatasetSummary d : datasets) {
            ObjectNode node = datasetArray.addObject();
            node.put("name", d.name());
            node.put("path", d.path());
            node.put("partitioned_by", d.partitionedBy());
            node.put("files", d.files());
            node.put("rows", d.rows());
        }
        ArrayNode fileArray = root.putArray("files");
        for (ManifestFile f : files) {
            ObjectNode node = fileArray.addObject();
            node.put("path", f.path());
            node.put("sha256", f.sha256());
            node.put("size", f.size());
            node.put("rows", f.rows());
        }
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
        List<DatasetSummary> datasets = new ArrayList<>();
        for (JsonNode d : root.path("datasets")) {
            datasets.add(new DatasetSummary(d.path("name").asText(), d.path("path").asText(),
                    text(d.get("partitioned_by")), d.path("files").asLong(), d.path("rows").asLong()));
        }
        List<ManifestFile> files = new ArrayList<>();
        for (JsonNode f : root.path("files")) {
            if (!f.hasNonNull("path") || !f.hasNonNull("sha256") || !f.hasNonNull("size")) {
                throw new IOException("a file entry lacks path, sha256 or size: " + f);
            }
            JsonNode rows = f.get("rows");
            files.add(new ManifestFile(f.get("path").asText(), f.get("sha256").asText(), f.get("size").asLong(),
                    rows == null || rows.isNull() ? null : rows.asLong()));
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
