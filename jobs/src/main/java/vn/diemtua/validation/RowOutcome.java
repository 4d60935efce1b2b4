package vn.diemtua.validation;

import vn.diemtua.ingest.read.SourceRow;

import java.io.Serializable;
import java.util.List;

/**
 * What validation made of one row read.
 *
 * @param skipReason for a skipped row: its kind ({@code banner}, {@code header}, {@code total},
 *                   {@code signature}, {@code blank}) or {@code duplicate_row}; else null
 * @param errors     why a rejected row was rejected, in template column order (the first is the
 *                   one tables show); empty otherwise
 * @param warnings   the flags of an accepted row
 * @param typed      the values of an accepted row; null otherwise
 */
public record RowOutcome(SourceRow row, Outcome outcome, String skipReason, List<Issue> errors,
                         List<Issue> warnings, TypedRow typed) implements Serializable {
    public static final String DUPLICATE_ROW = "duplicate_row";

    public static RowOutcome skipped(SourceRow row, String reason) {
        return new RowOutcome(row, Outcome.SKIPPED, reason, List.of(), List.of(), null);
    }

    public static RowOutcome rejected(SourceRow row, List<Issue> errors) {
        return new RowOutcome(row, Outcome.REJECTED, null, List.copyOf(errors), List.of(), null);
    }

    public static RowOutcome accepted(SourceRow row, TypedRow typed, List<Issue> warnings) {
        return new RowOutcome(row, Outcome.ACCEPTED, null, List.of(), List.copyOf(warnings), typed);
    }
}
