package vn.diemtua.generate.draft;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The words around the table that real province workbooks carry: banner, title, totals labels,
 * signature block. They are data of the files being imitated, so they stay in Vietnamese.
 */
final class TemplateText {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String STAFF_OFFICE = "PHÒNG THAM MƯU";
    static final String ROW_NUMBER = "STT";
    static final String NOTES = "Ghi chú";
    static final String TOTAL = "Tổng cộng";
    static final String SUBTOTAL = "Cộng";
    static final String PREPARED_BY = "Người lập biểu";
    static final String SIGN_NAME = "(Ký, ghi rõ họ tên)";
    static final String SIGN_SEAL = "(Ký tên, đóng dấu)";
    static final String DIRECTOR = "GIÁM ĐỐC";
    private static final List<String> CLERKS = List.of("Nguyễn Thị Lan", "Trần Văn Hải", "Lê Thị Hồng", "Phạm Minh Tuấn",
            "Hoàng Thị Thu", "Vũ Văn Nam", "Đặng Thị Mai", "Bùi Quang Huy");
    private static final List<String> CHIEFS = List.of("Đại tá Nguyễn Văn Hùng", "Đại tá Trần Quốc Dũng",
            "Thượng tá Lê Văn Thắng", "Đại tá Phạm Văn Bình", "Thượng tá Đỗ Minh Quang", "Đại tá Hoàng Văn Sơn");
    private static final List<String> COMMUNE_CHIEFS = List.of("Thiếu tá Nguyễn Văn Dũng", "Đại úy Trần Văn Long",
            "Thiếu tá Lê Minh Đức", "Trung tá Phạm Văn Tài", "Đại úy Vũ Đình Khoa", "Thiếu tá Ngô Văn Phúc");

    private TemplateText() {
    }

    static String upper(String text) {
        return text.toUpperCase(VI);
    }

    static String police(String unitName) {
        return "CÔNG AN " + upper(unitName);
    }

    static String title(YearMonth month, boolean supplement) {
        return (supplement ? "BÁO CÁO BỔ SUNG THÁNG " : "BÁO CÁO THÁNG ") + month.format(RowRenderer.MONTH);
    }

    static String subtitle(YearMonth month, String unitName, String district) {
        if (unitName != null) {
            return "Kết quả công tác của Công an " + unitName;
        }
        String units = month.isBefore(YearMonth.of(2025, 7)) ? "xã, phường, thị trấn" : "xã, phường, đặc khu";
        return "Kết quả công tác của Công an " + units + (district == null ? "" : " - " + district);
    }

    /** "Hà Nội, ngày 03 tháng 11 năm 2023": the place is the province's name without its kind. */
    static String placeAndDate(String provinceName, LocalDate date) {
        String place = provinceName.replaceFirst("^(Tỉnh|Thành phố) ", "");
        return String.format("%s, ngày %02d tháng %02d năm %d", place, date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    /** "TRƯỞNG CÔNG AN XÃ" for a unit's own file. */
    static String chiefOf(String unitName) {
        String kind = unitName.startsWith("Thị trấn") ? "Thị trấn"
                : unitName.startsWith("Đặc khu") ? "Đặc khu" : unitName.split(" ", 2)[0];
        return "TRƯỞNG CÔNG AN " + upper(kind);
    }

    static String clerk(int pick) {
        return CLERKS.get(Math.floorMod(pick, CLERKS.size()));
    }

    static String chief(int pick, boolean commune) {
        List<String> names = commune ? COMMUNE_CHIEFS : CHIEFS;
        return names.get(Math.floorMod(pick, names.size()));
    }
}
