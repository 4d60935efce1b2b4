package vn.diemtua.validation;

import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;

import java.util.Set;

/**
 * {@code nha_o_doanh_trai}: yes is có / co / x / yes / y / 1 / true / đã có; no is không / khong /
 * no / n / 0 / false / chưa có (any case, with or without diacritics; TRUE/FALSE and 1/0 cells too).
 * Empty is not reported (null), never "no": a blank cell beside a ticked "x" column is read as not
 * reported, because the template asks for có/không and a blank cannot be told from a skipped one.
 */
public final class FlagParser {
    private static final Set<String> YES = Set.of("co", "x", "yes", "y", "1", "true", "da co");
    private static final Set<String> NO = Set.of("khong", "no", "n", "0", "false", "chua co");

    private FlagParser() {
    }

    public static ParseResult<Boolean> parse(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return ParseResult.ok(null);
        }
        if (cell.kind() == CellKind.ERROR) {
            return ParseResult.fail(ReasonCode.CELL_FORMULA_ERROR);
        }
        String text = VietnameseText.fold(cell.text());
        if (cell.kind() == CellKind.NUMBER) {
            text = text.replaceFirst("\\.0+$", "");
        }
        if (YES.contains(text)) {
            return ParseResult.ok(Boolean.TRUE);
        }
        return NO.contains(text) ? ParseResult.ok(Boolean.FALSE) : ParseResult.fail(ReasonCode.FLAG_UNKNOWN);
    }
}
