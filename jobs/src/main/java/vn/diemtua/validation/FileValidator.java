package vn.diemtua.validation;

import vn.diemtua.ingest.read.RowKind;
import vn.diemtua.ingest.read.SheetResult;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.model.SubmissionKey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules of one file: every data row through {@link RowValidator}, rows that are not data
 * skipped by their kind, then the rules across rows. The same unit and month accepted twice in
 * one file (over all its sheets): with the same values, the first is kept and the others are
 * skipped as {@link RowOutcome#DUPLICATE_ROW}; with different values, all of them are rejected
 * ({@link ReasonCode#DUPLICATE_CONFLICT}), since nothing says which one the commune meant.
 */
public final class FileValidator {
    private final RowValidator rows;

    public FileValidator(ValidationContext context) {
        this.rows = new RowValidator(context);
    }

    /** One outcome per row of every sheet, sheet after sheet, rows in the order given. */
    public List<RowOutcome> validate(List<SheetResult> sheets) {
        List<RowOutcome> outcomes = new ArrayList<>();
        Map<String, List<Integer>> acceptedByUnitMonth = new LinkedHashMap<>();
        for (SheetResult sheet : sheets) {
            for (SourceRow row : sheet.rows()) {
                RowOutcome outcome = row.kind() == RowKind.DATA
                        ? rows.validate(row, sheet.monthHint())
                        : RowOutcome.skipped(row, row.kind().name().toLowerCase(Locale.ROOT));
                if (outcome.outcome() == Outcome.ACCEPTED) {
                    acceptedByUnitMonth.computeIfAbsent(unitMonth(outcome.typed().code(), outcome.typed().month()),
                            k -> new ArrayList<>()).add(outcomes.size());
                }
                outcomes.add(outcome);
            }
        }
        for (List<Integer> same : acceptedByUnitMonth.values()) {
            if (same.size() > 1) {
                resolveDuplicates(outcomes, same);
            }
        }
        return outcomes;
    }

    private static void resolveDuplicates(List<RowOutcome> outcomes, List<Integer> indexes) {
        long distinctValues = indexes.stream().map(i -> outcomes.get(i).typed().valuesHash()).distinct().count();
        if (distinctValues == 1) {
            for (int i : indexes.subList(1, indexes.size())) {
                outcomes.set(i, RowOutcome.skipped(outcomes.get(i).row(), RowOutcome.DUPLICATE_ROW));
            }
            return;
        }
        for (int i : indexes) {
            SourceRow row = outcomes.get(i).row();
            String others = indexes.stream().filter(j -> j != i).map(j -> place(outcomes.get(j).row()))
                    .collect(Collectors.joining(", "));
            String code = row.cells().get(SubmissionKey.MA_XA).text();
            outcomes.set(i, RowOutcome.rejected(row, List.of(new Issue(ReasonCode.DUPLICATE_CONFLICT,
                    SubmissionKey.MA_XA, code, others, outcomes.get(i).typed().month().toString()))));
        }
    }

    /** "sheet row N", the way a message points at another row of the same file. */
    private static String place(SourceRow row) {
        return row.sheet() + " #" + row.rowNumber();
    }

    private static String unitMonth(String code, YearMonth month) {
        return code + "|" + month;
    }
}
