package vn.diemtua.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowMarkersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Tổng cộng", "TỔNG CỘNG", "Tổng cộng:", "Tổng số", "Tổng số (15 xã)", "Tổng", "Cộng", "CỘNG",
            "Cộng:", "Cộng huyện Đại Từ", "Cộng toàn tỉnh", "Tong cong", "TONG SO", "Cong", "Cong huyen A"})
    void totals(String text) {
        assertTrue(RowMarkers.isTotal(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cộng Hòa", "Xã Cộng Hòa", "Công an xã", "Công", "Tống Trân", "Phường Tân Cương", "Cong Hoa", ""})
    void notTotals(String text) {
        assertFalse(RowMarkers.isTotal(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Người lập biểu", "NGƯỜI LẬP BIỂU", "Nguoi lap bieu", "TRƯỞNG CÔNG AN XÃ", "KT. TRƯỞNG CÔNG AN HUYỆN",
            "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "Hà Nội, ngày 05 tháng 11 năm 2023",
            "…, ngày … tháng … năm …", "........, ngày    tháng    năm 2023"})
    void signatures(String text) {
        assertTrue(RowMarkers.isSignature(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phường Vũ Ninh", "Công an xã Hùng Sơn", "Trường Tiểu học", "Ngày gửi", ""})
    void notSignatures(String text) {
        assertFalse(RowMarkers.isSignature(text), text);
    }

    @Test
    void columnNumberRows() {
        assertTrue(RowMarkers.isColumnNumbers(cells("1", "2", "3", "4")));
        assertTrue(RowMarkers.isColumnNumbers(cells("(1)", "(2)", "", "(4)")));
        assertTrue(RowMarkers.isColumnNumbers(cells("A", "B", "1", "2", "3")));
        assertFalse(RowMarkers.isColumnNumbers(cells("1", "2")), "too few");
        assertFalse(RowMarkers.isColumnNumbers(cells("97", "5", "3", "0")), "not rising: a unit's counts");
        assertFalse(RowMarkers.isColumnNumbers(cells("1", "97", "Xã A", "3")), "a name");
    }

    @Test
    void codeShapes() {
        assertTrue(RowMarkers.looksLikeCode(RawCell.text("00097")));
        assertTrue(RowMarkers.looksLikeCode(RawCell.text("'00097")));
        assertTrue(RowMarkers.looksLikeCode(new RawCell("97", CellKind.NUMBER)));
        assertFalse(RowMarkers.looksLikeCode(RawCell.text("")));
        assertFalse(RowMarkers.looksLikeCode(RawCell.text("Tổng cộng")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BÁO CÁO THÁNG 10/2023", "Báo cáo tháng 10 năm 2023", "THANG 10-2023", "Kỳ báo cáo: T10/2023",
            "Số liệu tháng 10/2023 (từ 15/9 đến 14/10)"})
    void bannerMonths(String banner) {
        assertEquals(Optional.of(YearMonth.of(2023, 10)), BannerMonth.find(List.of(new RawRow(1, cells(banner)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BÁO CÁO 6 THÁNG ĐẦU NĂM 2023", "CÔNG AN TỈNH BẮC NINH", "THÁNG 13/2023", "Năm 2023"})
    void bannersWithoutAMonth(String banner) {
        assertEquals(Optional.empty(), BannerMonth.find(List.of(new RawRow(1, cells(banner)))));
    }

    private static List<RawCell> cells(String... texts) {
        return Arrays.stream(texts).map(RawCell::text).toList();
    }
}
