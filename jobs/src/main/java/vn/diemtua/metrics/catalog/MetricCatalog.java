package vn.diemtua.metrics.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import vn.diemtua.i18n.Messages;
import vn.diemtua.metrics.formula.CompiledFormula;
import vn.diemtua.metrics.formula.FormulaException;
import vn.diemtua.metrics.formula.Leaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metric catalog ({@code data/catalog/metrics.csv}): one metric per row, edited in a
 * spreadsheet program. Read from the jar ({@value #BUNDLED}) or any Hadoop URI; every row is
 * checked and every formula compiled when it is read, so a bad catalog fails before any job runs.
 */
public final class MetricCatalog {
    /** Where the build packs the catalog in the jar. */
    public static final String BUNDLED = "/catalog/metrics.csv";

    static final Messages MESSAGES = new Messages("vn/diemtua/metrics/messages");
    static final List<String> REQUIRED = List.of("id", "label_vi", "label_en", "formula", "unit", "direction");

    private final String source;
    private final String sha256;
    private final List<Metric> metrics;
    private final Map<Leaf, String> leafColumns;

    private MetricCatalog(String source, String sha256, List<Metric> metrics) {
        this.source = source;
        this.sha256 = sha256;
        this.metrics = List.copyOf(metrics);
        Set<Leaf> leaves = new LinkedHashSet<>();
        metrics.forEach(m -> leaves.addAll(m.formula().leaves()));
        Map<Leaf, String> columns = new LinkedHashMap<>();
        for (Leaf leaf : leaves) {
            columns.put(leaf, "leaf_" + columns.size());
        }
        this.leafColumns = columns;
    }

    /** The catalog shipped in the jar. */
    public static MetricCatalog bundled() {
        try (InputStream in = MetricCatalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The catalog " + BUNDLED + " is missing from the jar");
            }
            return parse("metrics.csv", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalog at a Hadoop URI ({@code file:}, {@code hdfs:}, {@code s3a:} …), read on the driver. */
    public static MetricCatalog load(String uri, Configuration hadoop) {
        Path path = new Path(uri);
        try (FSDataInputStream in = path.getFileSystem(hadoop).open(path)) {
            return parse(uri, in.readAllBytes());
        } catch (IOException e) {
            throw new CatalogException(List.of(
                    MESSAGES.en("catalog.fileProblem", uri, MESSAGES.en("catalog.unreadable", e.getMessage())),
                    MESSAGES.vi("catalog.fileProblem", uri, MESSAGES.vi("catalog.unreadable", e.getMessage()))));
        }
    }

    /** Reads and checks a catalog; {@code source} names it in messages. */
    public static MetricCatalog parse(String source, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> problems = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = new HashMap<>();
            parser.getHeaderNames().forEach(h -> columns.putIfAbsent(h.trim().toLowerCase(Locale.ROOT), columns.size()));
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    problems.add(fileProblem(source, "catalog.missingColumn", required));
                }
            }
            if (!problems.isEmpty()) {
                throw new CatalogException(problems);
            }
            Map<String, Integer> firstLine = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = lineOf(text, record.getCharacterPosition());
                RowReader row = new RowReader(source, line, record, columns, problems);
                if (row.blank()) {
                    continue;
                }
                Integer earlier = firstLine.putIfAbsent(row.id(), line);
                if (earlier != null) {
                    row.problem("catalog.duplicateId", row.id(), earlier);
                    continue;
                }
                row.metric().ifPresent(metrics::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problems.isEmpty() && metrics.isEmpty()) {
            problems.add(fileProblem(source, "catalog.empty"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new MetricCatalog(source, sha256(content), metrics);
    }

    /** A spreadsheet saved in a Vietnamese locale may separate with ';' or a tab. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[]{';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static int lineOf(String text, long offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String fileProblem(String source, String code, Object... args) {
        return MESSAGES.en("catalog.fileProblem", source, MESSAGES.en(code, args)) + System.lineSeparator()
                + MESSAGES.vi("catalog.fileProblem", source, MESSAGES.vi(code, args));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file or URI the catalog was read from. */
    public String source() {
        return source;
    }

    /** SHA-256 of the catalog's bytes: a changed catalog means the metric tables are rebuilt. */
    public String sha256() {
        return sha256;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public Optional<Metric> metric(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** A catalog holding only some metrics, in the same order (for callers that need a few). */
    public MetricCatalog only(Set<String> ids) {
        return new MetricCatalog(source, sha256, metrics.stream().filter(m -> ids.contains(m.id())).toList());
    }

    /** The distinct leaves of all formulas: what is computed per unit and month. */
    public List<Leaf> leaves() {
        return List.copyOf(leafColumns.keySet());
    }

    /** The column that holds a leaf in the frames of the metrics step, e.g. {@code leaf_3}. */
    public String leafColumn(Leaf leaf) {
        String column = leafColumns.get(leaf);
        if (column == null) {
            throw new IllegalArgumentException("Leaf not in this catalog: " + leaf);
        }
        return column;
    }

    /** Reads one data row of the catalog, adding its problems to the shared list. */
    private static final class RowReader {
        private final String source;
        private final int line;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final List<String> problems;
        private final int problemsBefore;

        RowReader(String source, int line, CSVRecord record, Map<String, Integer> columns, List<String> problems) {
            this.source = source;
            this.line = line;
            this.record = record;
            this.columns = columns;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        String cell(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).trim();
        }

        boolean blank() {
            for (int i = 0; i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        String id() {
            return cell("id");
        }

        void problem(String code, Object... args) {
            problems.add(MESSAGES.en("catalog.problem", source, line, id(), MESSAGES.en(code, args)) + System.lineSeparator()
                    + MESSAGES.vi("catalog.problem", source, line, id(), MESSAGES.vi(code, args)));
        }

        Optional<Metric> metric() {
            for (String required : REQUIRED) {
                if (cell(required).isEmpty() && !required.equals("direction")) {
                    problem("catalog.required", required);
                }
            }
            if (!id().isEmpty() && !id().matches("[a-z][a-z0-9_]*")) {
                problem("catalog.badId", id());
            }
            CompiledFormula formula = formula();
            MetricUnit unit = null;
            if (!cell("unit").isEmpty()) {
                unit = MetricUnit.parse(cell("unit")).orElse(null);
                if (unit == null) {
                    problem("catalog.badUnit", cell("unit"), MetricUnit.codes());
                }
            }
            Direction direction = direction();
            Target target = TargetCells.parse(cell("target_operator"), cell("target_value"), cell("target_deadline"),
                    this::problem);
            if (target != null && direction != null && direction != Direction.NEUTRAL
                    && target.upward() != (direction == Direction.HIGHER)) {
                problem("catalog.directionConflict", target.operator().symbol(), direction.code());
            }
            if (problems.size() > problemsBefore) {
                return Optional.empty();
            }
            return Optional.of(new Metric(line, id(), cell("label_vi"), cell("label_en"), formula, unit, direction, target,
                    cell("description_vi"), cell("description_en")));
        }

        private CompiledFormula formula() {
            String text = cell("formula");
            if (text.isEmpty()) {
                return null;
            }
            try {
                return CompiledFormula.compile(text);
            } catch (FormulaException e) {
                String caret = "    " + text + System.lineSeparator() + "    " + " ".repeat(Math.max(0, e.position() - 1)) + "^";
                problems.add(MESSAGES.en("catalog.formulaProblem", source, line, id(), e.position(), e.messageEn())
                        + System.lineSeparator()
                        + MESSAGES.vi("catalog.formulaProblem", source, line, id(), e.position(), e.messageVi())
                        + System.lineSeparator() + caret);
                return null;
            }
        }

        private Direction direction() {
            String text = cell("direction").toLowerCase(Locale.ROOT);
            return switch (text) {
                case "higher" -> Direction.HIGHER;
                case "lower" -> Direction.LOWER;
                case "", "neutral" -> Direction.NEUTRAL;
                default -> {
                    problem("catalog.badDirection", cell("direction"));
                    yield null;
                }
            };
        }
    }
}
