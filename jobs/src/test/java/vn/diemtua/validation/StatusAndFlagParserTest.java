package vn.diemtua.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;
import vn.diemtua.model.HeadquartersStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StatusAndFlagParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "da_su_dung|DA_SU_DUNG", "DA_SU_DUNG|DA_SU_DUNG", "Đã đưa vào sử dụng|DA_SU_DUNG",
            "da dua vao su dung|DA_SU_DUNG", "ĐÃ ĐƯA VÀO SỬ DỤNG|DA_SU_DUNG", "Đang sử dụng|DA_SU_DUNG",
            "dang_xay_dung|DANG_XAY_DUNG", "Đang xây dựng|DANG_XAY_DUNG", "Đang  xây dựng.|DANG_XAY_DUNG",
            "dang_thu_tuc|DANG_THU_TUC", "Đang làm thủ tục đầu tư|DANG_THU_TUC", "đang làm thủ tục|DANG_THU_TUC",
            "chua_co|CHUA_CO", "Chưa có đất|CHUA_CO", "chua co dat|CHUA_CO"})
    void headquartersCodesAndLabels(String text, HeadquartersStatus expected) {
        assertEquals(expected, HeadquartersStatusParser.parse(RawCell.text(text)).value(), text);
    }

    @Test
    void headquartersUnknownAndEmpty() {
        assertEquals(ReasonCode.HQ_STATUS_UNKNOWN, HeadquartersStatusParser.parse(RawCell.text("Tốt")).error());
        assertEquals(ReasonCode.HQ_STATUS_UNKNOWN, HeadquartersStatusParser.parse(new RawCell("1", CellKind.NUMBER)).error());
        assertNull(HeadquartersStatusParser.parse(RawCell.text(" ")).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Có", "có", "CO", "x", "X", "yes", "1", "TRUE", "Đã có"})
    void flagYes(String text) {
        assertEquals(Boolean.TRUE, FlagParser.parse(RawCell.text(text)).value(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Không", "không", "khong", "no", "0", "false", "Chưa có"})
    void flagNo(String text) {
        assertEquals(Boolean.FALSE, FlagParser.parse(RawCell.text(text)).value(), text);
    }

    @Test
    void flagCellsBlankAndUnknown() {
        assertEquals(Boolean.TRUE, FlagParser.parse(new RawCell("TRUE", CellKind.BOOLEAN)).value());
        assertEquals(Boolean.FALSE, FlagParser.parse(new RawCell("0", CellKind.NUMBER)).value());
        assertEquals(Boolean.TRUE, FlagParser.parse(new RawCell("1.0", CellKind.NUMBER)).value());
        assertNull(FlagParser.parse(RawCell.text("")).value());
        assertEquals(ReasonCode.FLAG_UNKNOWN, FlagParser.parse(RawCell.text("đang xây")).error());
        assertEquals(ReasonCode.FLAG_UNKNOWN, FlagParser.parse(new RawCell("2", CellKind.NUMBER)).error());
    }
}
