package vn.diemtua.validation;

import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;
import vn.diemtua.model.HeadquartersStatus;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code tru_so}: the code ({@code da_su_dung}, …) or the Vietnamese label (Đã đưa vào sử dụng, …),
 * in any case, with or without diacritics; also the short wordings seen in files ("Đang sử dụng",
 * "Đang làm thủ tục", "Chưa có"). Empty is not reported.
 */
public final class HeadquartersStatusParser {
    private static final Map<String, HeadquartersStatus> WORDINGS = new HashMap<>();

    static {
        for (HeadquartersStatus status : HeadquartersStatus.values()) {
            WORDINGS.put(key(status.code()), status);
            WORDINGS.put(key(status.labelVi()), status);
        }
        WORDINGS.put(key("Đang sử dụng"), HeadquartersStatus.DA_SU_DUNG);
        WORDINGS.put(key("Đang làm thủ tục"), HeadquartersStatus.DANG_THU_TUC);
    }

    private HeadquartersStatusParser() {
    }

    public static ParseResult<HeadquartersStatus> parse(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return ParseResult.ok(null);
        }
        if (cell.kind() == CellKind.ERROR) {
            return ParseResult.fail(ReasonCode.CELL_FORMULA_ERROR);
        }
        HeadquartersStatus status = WORDINGS.get(key(cell.text()));
        return status == null ? ParseResult.fail(ReasonCode.HQ_STATUS_UNKNOWN) : ParseResult.ok(status);
    }

    private static String key(String text) {
        return VietnameseText.fold(text.replace('_', ' ')).replaceAll("[.:;]+$", "");
    }
}
