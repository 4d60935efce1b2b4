package vn.diemtua.validation;

import vn.diemtua.model.SubmissionKey;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One broken rule on one row.
 *
 * @param column  the key of the cell at fault, or null for a rule about the whole row, sheet or file
 * @param value   the cell's text as read, or null
 * @param details what the message adds (the unit's province, the conflicting rows, …), in the
 *                order of the message's placeholders {1}, {2}, …
 */
public record Issue(ReasonCode code, SubmissionKey column, String value, List<String> details) implements Serializable {
    public Issue(ReasonCode code, SubmissionKey column, String value, String... details) {
        this(code, column, value, Arrays.stream(details).map(d -> d == null ? "" : d).toList());
    }

    public Severity severity() {
        return code.severity();
    }

    /** The column name tables show: the canonical key, or null. */
    public String columnName() {
        return column == null ? null : column.key();
    }
}
