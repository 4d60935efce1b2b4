package vn.diemtua.generate.inject;

import vn.diemtua.generate.draft.Cell;
import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.Expected;
import vn.diemtua.generate.model.Values;
import vn.diemtua.model.SubmissionKey;

import java.util.List;

/** Row quirks: valid rows that a reader and ingest must handle without rejecting anything. */
public final class RowQuirks {
    /** The same row twice in a file, identical (a copy-paste): one report, not two. */
    public static final RowInjector IDENTICAL_DUPLICATE = RowInjector.of("identical_duplicate", (row, batch, ctx, rng) -> {
        DataRow copy = row.copy();
        copy.inject("identical_duplicate", Expected.DUPLICATE);
        row.inject("identical_duplicate", Expected.ACCEPT);
        batch.insertAfter(row, copy);
    });

    /**
     * A report first sent with a slip in one count, then sent again later with the right values: the
     * second is a new revision and becomes current.
     */
    public static final RowInjector REVISED_RESUBMISSION = RowInjector.of("resubmission_revised", (row, batch, ctx, rng) -> {
        List<SubmissionKey> flows = SubmissionKey.flows();
        SubmissionKey key = flows.get(rng.nextInt(flows.size()));
        long value = row.values().count(key);
        long delta = rng.nextBoolean() ? 1 + rng.nextInt(2) : -(1 + rng.nextInt(2));
        long first = value + delta < 0 ? value + 1 : value + delta;
        Values firstValues = row.values().withCount(key, first);
        DataRow firstSending = row.withValues(firstValues, row.sentOn());
        firstSending.inject("resubmission_revised", Expected.ACCEPT);
        batch.rows().set(batch.rows().indexOf(row), firstSending);
        Resend.later(row, row.values(), batch, rng, "resubmission_revised");
    });

    /** The same values sent again later: not a new revision. */
    public static final RowInjector IDENTICAL_RESUBMISSION = RowInjector.of("resubmission_identical", (row, batch, ctx, rng) -> {
        row.inject("resubmission_identical", Expected.ACCEPT);
        Resend.later(row, row.values(), batch, rng, "resubmission_identical");
    });

    /** The unit's name written another way that means the same: NFD, capitals, tone placement, spaces. */
    public static final RowInjector NAME_VARIANT = RowInjector.of("name_variant", (row, batch, ctx, rng) -> {
        String name = row.name();
        String variant = switch (rng.nextInt(4)) {
            case 0 -> VietnameseText.upper(name);
            case 1 -> VietnameseText.otherTonePlacement(name);
            case 2 -> name.replaceFirst(" ", "  ") + " ";
            default -> name;
        };
        if (variant.equals(name)) {
            variant = VietnameseText.nfd(name);
        }
        row.set(SubmissionKey.TEN_XA, Cell.text(variant));
        row.inject("name_variant", Expected.ACCEPT);
    });

    /** Spaces around the code or a count, which turn the cell into text. */
    public static final RowInjector CELL_PADDING = RowInjector.of("cell_padding", (row, batch, ctx, rng) -> {
        List<SubmissionKey> counts = SubmissionKey.counts();
        SubmissionKey key = rng.nextBoolean() ? SubmissionKey.MA_XA : counts.get(rng.nextInt(counts.size()));
        row.set(key, Cell.text(" " + row.cell(key).text() + "  "));
        row.inject("cell_padding", Expected.ACCEPT);
    });

    public static final List<RowInjector> ALL = List.of(IDENTICAL_DUPLICATE, REVISED_RESUBMISSION, IDENTICAL_RESUBMISSION,
            NAME_VARIANT, CELL_PADDING);

    private RowQuirks() {
    }
}
