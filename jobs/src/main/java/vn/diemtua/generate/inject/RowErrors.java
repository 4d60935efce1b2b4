package vn.diemtua.generate.inject;

import vn.diemtua.generate.draft.Cell;
import vn.diemtua.generate.draft.CellType;
import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.Expected;
import vn.diemtua.generate.draft.RowRenderer;
import vn.diemtua.generate.model.Draws;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.Unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Row errors of SPEC section 2, each a row that ingest must reject with a reason. An error in a
 * unit's own row is followed by a correction in the province's supplement, as provinces do when
 * told; an extra row (unknown code, another province's unit) has nothing to correct.
 */
public final class RowErrors {
    private static final List<String> UNKNOWN_HEADQUARTERS = List.of("Mượn trụ sở UBND", "Đang sửa chữa", "Thuê tạm",
            "Chờ bàn giao");

    /** A code that names no unit in the row's month: a typo, or a code the reorganisation retired. */
    public static final RowInjector UNKNOWN_CODE = RowInjector.of("unknown_code", (row, batch, ctx, rng) -> {
        String[] unit = unknownUnit(row, ctx, rng);
        DataRow extra = row.asUnit(unit[0], unit[1]);
        extra.inject("unknown_code", Expected.REJECT);
        batch.insertAfter(row, extra);
    });

    /** A unit of another province in this province's file. */
    public static final RowInjector OUT_OF_PROVINCE = RowInjector.of("out_of_province", (row, batch, ctx, rng) -> {
        List<Unit> units = ctx.unitsOfMonth();
        Unit other;
        do {
            other = units.get(rng.nextInt(units.size()));
        } while (other.provinceCode().equals(batch.provinceCode()));
        DataRow extra = row.asUnit(other.code(), other.fullName());
        extra.inject("out_of_province", Expected.REJECT);
        batch.insertAfter(row, extra);
    });

    /** A month that cannot be read: "Tháng 13/2023", "Quý IV/2023", "10/20233". */
    public static final RowInjector BAD_MONTH = corrupting("bad_month", (row, rng) -> {
        YearMonth m = row.month();
        String text = switch (rng.nextInt(3)) {
            case 0 -> "Tháng 13/" + m.getYear();
            case 1 -> "Quý " + List.of("I", "II", "III", "IV").get((m.getMonthValue() - 1) / 3) + "/" + m.getYear();
            default -> m.format(RowRenderer.MONTH) + (1 + rng.nextInt(9));
        };
        row.lock(SubmissionKey.KY_BAO_CAO, Cell.text(text));
    });

    /** A month years ahead, a slip in the year: 10/2033 for 10/2023. */
    public static final RowInjector FUTURE_MONTH = corrupting("future_month",
            (row, rng) -> row.lock(SubmissionKey.KY_BAO_CAO, Cell.text(row.month().plusYears(10).format(RowRenderer.MONTH))));

    /** A negative count in a flow. */
    public static final RowInjector NEGATIVE_COUNT = corrupting("negative_count", (row, rng) -> {
        SubmissionKey key = pick(SubmissionKey.flows(), rng);
        row.lock(key, new Cell("-" + Math.max(1, row.values().count(key)), CellType.NUMBER));
    });

    /** A fraction in a count: {@code 2,5} as text or 2.5 in a number cell (one decimal: never a thousands group). */
    public static final RowInjector FRACTIONAL_COUNT = corrupting("fractional_count", (row, rng) -> {
        SubmissionKey key = pick(SubmissionKey.counts(), rng);
        long whole = row.values().count(key);
        row.lock(key, rng.nextBoolean() ? Cell.text(whole + ",5") : new Cell(whole + ".5", CellType.NUMBER));
    });

    /** A headquarters status that is none of the four. */
    public static final RowInjector UNKNOWN_TRU_SO = corrupting("unknown_tru_so",
            (row, rng) -> row.lock(SubmissionKey.TRU_SO, Cell.text(pick(UNKNOWN_HEADQUARTERS, rng))));

    /** The same unit and month twice in one file with different values: both rows rejected. */
    public static final RowInjector CONFLICTING_DUPLICATE = RowInjector.of("conflicting_duplicate", (row, batch, ctx, rng) -> {
        SubmissionKey key = pick(SubmissionKey.flows(), rng);
        DataRow other = row.withValues(row.values().withCount(key, row.values().count(key) + Draws.between(rng, 1, 3)),
                row.sentOn());
        row.inject("conflicting_duplicate", Expected.REJECT);
        other.inject("conflicting_duplicate", Expected.REJECT);
        batch.insertAfter(row, other);
        Resend.correction(row, batch, rng);
    });

    public static final List<RowInjector> ALL = List.of(UNKNOWN_CODE, OUT_OF_PROVINCE, BAD_MONTH, FUTURE_MONTH,
            NEGATIVE_COUNT, FRACTIONAL_COUNT, UNKNOWN_TRU_SO, CONFLICTING_DUPLICATE);

    private RowErrors() {
    }

    private interface Corruption {
        void apply(DataRow row, SplittableRandom rng);
    }

    /** An error written into the unit's own row, corrected later in the supplement. */
    private static RowInjector corrupting(String id, Corruption corruption) {
        return RowInjector.of(id, (row, batch, ctx, rng) -> {
            corruption.apply(row, rng);
            row.inject(id, Expected.REJECT);
            Resend.correction(row, batch, rng);
        });
    }

    private static <T> T pick(List<T> list, SplittableRandom rng) {
        return list.get(rng.nextInt(list.size()));
    }

    /** Code and name of a unit that does not exist in the row's month. */
    private static String[] unknownUnit(DataRow row, InjectionContext ctx, SplittableRandom rng) {
        LocalDate day = row.month().atDay(1);
        if (row.month().isAfter(YearMonth.of(2025, 6)) && rng.nextBoolean()) {
            // A former unit's code, used after 2025-07-01 by habit.
            List<Unit> former = ctx.formerUnits();
            for (int attempt = 0; attempt < 50; attempt++) {
                Unit unit = former.get(rng.nextInt(former.size()));
                if (unknown(unit.code(), day, ctx)) {
                    return new String[]{unit.code(), unit.fullName()};
                }
            }
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            char[] digits = row.code().toCharArray();
            int i = rng.nextInt(digits.length);
            digits[i] = (char) ('0' + (digits[i] - '0' + 1 + rng.nextInt(9)) % 10);
            String typo = new String(digits);
            if (unknown(typo, day, ctx)) {
                return new String[]{typo, row.name()};
            }
        }
        return new String[]{"9" + String.format("%04d", rng.nextInt(10_000)), row.name()};
    }

    private static boolean unknown(String code, LocalDate day, InjectionContext ctx) {
        return ctx.directory().resolve(code, day).isEmpty() && ctx.directory().officialCodeOfAlias(code, day).isEmpty();
    }
}
