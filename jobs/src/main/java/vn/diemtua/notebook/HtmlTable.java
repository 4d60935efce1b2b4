package vn.diemtua.notebook;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The first rows of a result as an HTML table, for {@code display("text/html", HtmlTable.of(df))}:
 * numbers right-aligned the Vietnamese way, null as an empty cell, each header carrying the
 * column's Vietnamese label as a tooltip, every text escaped.
 */
public final class HtmlTable {
    public static final int DEFAULT_ROWS = 50;

    private static final NotebookMessages MESSAGES = NotebookMessages.get();

    private HtmlTable() {
    }

    public static String of(Dataset<Row> data) {
        return of(data, DEFAULT_ROWS);
    }

    public static String of(Dataset<Row> data, int maxRows) {
        StructField[] fields = data.schema().fields();
        List<Row> rows = data.limit(maxRows + 1).collectAsList();
        StringBuilder html = new StringBuilder("<table class=\"diemtua\">\n<thead><tr>");
        for (StructField field : fields) {
            html.append("<th title=\"").append(escape(MESSAGES.columnLabel(field.name()))).append("\">")
                    .append(escape(field.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows.subList(0, Math.min(rows.size(), maxRows))) {
            html.append("<tr>");
            for (int i = 0; i < fields.length; i++) {
                Object value = row.isNullAt(i) ? null
                        : fields[i].dataType() instanceof ArrayType ? row.getList(i) : row.get(i);
                html.append(value instanceof Number ? "<td style=\"text-align:right\">" : "<td>")
                        .append(escape(cell(value))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (rows.isEmpty()) {
            html.append("<p><em>").append(escape(MESSAGES.vi("table.empty"))).append("</em></p>\n");
        } else if (rows.size() > maxRows) {
            html.append("<p><em>").append(escape(MESSAGES.vi("table.truncated", maxRows))).append("</em></p>\n");
        }
        return html.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        // INT columns hold years, months, revisions and row numbers, read without grouping; counts are BIGINT.
        if (value instanceof Number n && !(value instanceof Integer || value instanceof Short || value instanceof Byte)) {
            return DisplayFormat.decimals(4).format(n);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
