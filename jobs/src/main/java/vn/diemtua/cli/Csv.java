package vn.diemtua.cli;

import scala.collection.Iterable;
import scala.jdk.javaapi.CollectionConverters;

import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * CSV cells for what the project prints or writes: RFC 4180 quoting, and text that a spreadsheet
 * would run as a formula ({@code = + - @}, or a tab or carriage return before one) prefixed with an
 * apostrophe so it stays text.
 */
public final class Csv {
    private Csv() {
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    /** A Spark value as CSV text: arrays as {@code [a;b]}, null as empty. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            Iterable<?> it = seq;
            return StreamSupport.stream(CollectionConverters.asJava(it).spliterator(), false)
                    .map(v -> v == null ? "" : v.toString())
                    .collect(Collectors.joining(";", "[", "]"));
        }
        return value.toString();
    }
}
