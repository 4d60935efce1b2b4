package vn.diemtua.report;

import vn.diemtua.charts.Formats;
import vn.diemtua.cli.Csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The figures behind a chart: written as CSV (canonical column keys, plain machine numbers:
 * ratios as fractions, months as {@code YYYY-MM}) and shown on the dashboard (the reader's labels
 * and number formats). A cell is text, a {@link YearMonth}, a {@link Boolean}, a {@link Count}, a
 * {@link Ratio}, a {@link Change} or null.
 */
public final class ChartTable {
    /** A count, e.g. cases; may carry a fraction when re-based across the 2025 reorganisation. */
    public record Count(double value) {
    }

    /** A share or rate, 0.785 for 78.5%. */
    public record Ratio(double value) {
    }

    /** A relative change, 0.052 for +5.2%. */
    public record Change(double value) {
    }

    /** A column: its CSV key and its header for readers. */
    public record Column(String key, String header) {
    }

    /** A formatted cell for the page; numbers align right. */
    public record Cell(String text, boolean numeric) {
    }

    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public ChartTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public void add(List<?> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("A row of " + row.size() + " cells for " + columns.size() + " columns");
        }
        rows.add(new ArrayList<>(row));
    }

    public List<Column> columns() {
        return columns;
    }

    public int size() {
        return rows.size();
    }

    public byte[] csv() {
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(c -> Csv.escape(c.key())).collect(Collectors.joining(","))).append("\r\n");
        for (List<Object> row : rows) {
            out.append(row.stream().map(v -> Csv.escape(machine(v))).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String machine(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Count c) {
            return plain(c.value());
        }
        if (value instanceof Ratio r) {
            return plain(r.value());
        }
        if (value instanceof Change c) {
            return plain(c.value());
        }
        return value.toString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The rows as the reader sees them. */
    public List<List<Cell>> cells(ReportText text) {
        Formats formats = text.formats();
        List<List<Cell>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (Object value : row) {
                cells.add(cell(value, text, formats));
            }
            out.add(cells);
        }
        return out;
    }

    private static Cell cell(Object value, ReportText text, Formats formats) {
        if (value == null) {
            return new Cell("", false);
        }
        if (value instanceof Count c) {
            return new Cell(formats.count(c.value()), true);
        }
        if (value instanceof Ratio r) {
            return new Cell(formats.percent(r.value()), true);
        }
        if (value instanceof Change c) {
            return new Cell(formats.signedPercent(c.value()), true);
        }
        if (value instanceof YearMonth m) {
            return new Cell(formats.month(m), true);
        }
        if (value instanceof Boolean b) {
            return new Cell(text.get(b ? "value.yes" : "value.no"), false);
        }
        return new Cell(value.toString(), value instanceof Number);
    }
}
