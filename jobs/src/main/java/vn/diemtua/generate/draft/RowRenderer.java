package vn.diemtua.generate.draft;

import vn.diemtua.generate.model.Values;
import vn.diemtua.model.SubmissionKey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;

/**
 * The canonical cells of a row, as a clean template filled in by hand would hold them: the code as
 * text with its leading zeros, the month as {@code 10/2023}, the sending date as a date cell,
 * counts as numbers, {@code tru_so} as its code, barracks as có/không.
 */
public final class RowRenderer {
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    public static final String YES = "có";
    public static final String NO = "không";

    private RowRenderer() {
    }

    static EnumMap<SubmissionKey, Cell> render(String code, String name, YearMonth month, LocalDate sentOn,
                                               Values values) {
        EnumMap<SubmissionKey, Cell> cells = new EnumMap<>(SubmissionKey.class);
        cells.put(SubmissionKey.MA_XA, Cell.text(code));
        cells.put(SubmissionKey.TEN_XA, Cell.text(name));
        cells.put(SubmissionKey.KY_BAO_CAO, Cell.text(month.format(MONTH)));
        cells.put(SubmissionKey.NGAY_GUI, Cell.date(sentOn));
        for (SubmissionKey key : SubmissionKey.counts()) {
            cells.put(key, Cell.number(values.count(key)));
        }
        cells.put(SubmissionKey.TRU_SO, Cell.text(values.headquarters().code()));
        cells.put(SubmissionKey.NHA_O_DOANH_TRAI, Cell.text(values.barracks() ? YES : NO));
        return cells;
    }
}
