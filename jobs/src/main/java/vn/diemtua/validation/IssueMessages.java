package vn.diemtua.validation;

import vn.diemtua.i18n.Messages;
import vn.diemtua.model.SubmissionKey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The Vietnamese and English message of an issue: where (file, sheet, row, column) and what to
 * do. The sheet is left out for a CSV, whose only sheet is named after the file.
 */
public final class IssueMessages {
    private static Messages messages;

    private IssueMessages() {
    }

    private static synchronized Messages messages() {
        if (messages == null) {
            messages = new Messages("vn/diemtua/validation/messages");
        }
        return messages;
    }

    /**
     * @param sheet null for a rule about the whole file
     * @param row   null for a rule about a whole sheet or file
     */
    public static String vi(Issue issue, String file, String sheet, Integer row) {
        return format(messages()::vi, issue, file, sheet, row);
    }

    public static String en(Issue issue, String file, String sheet, Integer row) {
        return format(messages()::en, issue, file, sheet, row);
    }

    /** The label of a column in messages: the template's header and the key. */
    public static String columnLabel(SubmissionKey key) {
        return key.templateHeader() + " (" + key.key() + ")";
    }

    private static String format(BiFunction<String, Object[], String> text, Issue issue, String file,
                                 String sheet, Integer row) {
        boolean csv = sheet != null && fileName(file).equals(sheet);
        String where;
        if (sheet == null) {
            where = text.apply("location.file", new Object[]{file});
        } else if (row == null) {
            where = text.apply("location.sheet", new Object[]{file, sheet});
        } else {
            String key = (issue.column() == null ? "location.row" : "location.cell") + (csv ? ".csv" : "");
            where = text.apply(key, new Object[]{file, sheet, String.valueOf(row),
                    issue.column() == null ? "" : columnLabel(issue.column())});
        }
        List<Object> args = new ArrayList<>();
        args.add(issue.value() == null ? "" : issue.value());
        args.addAll(issue.details());
        return where + ": " + text.apply(issue.code().name(), args.toArray());
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
