package vn.diemtua.ingest.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that mark a row as not a unit: totals, signature blocks, the column-number row under
 * a header. Totals are matched with their diacritics when the cell has any ("Cộng" is a total,
 * "Công", "Cộng Hòa" are not), and without when it was typed without ("Tong cong").
 */
final class RowMarkers {
    private static final String TOTAL_AREA = "(huyện|quận|thị xã|thành phố|tp|tỉnh|toàn|chung|các|cả)";
    private static final Pattern TOTAL = Pattern.compile(
            "^(tổng cộng|tổng số|tổng)([\\s:(.,]|$)|^cộng\\s*([:(.]|$)|^cộng " + TOTAL_AREA + "(\\s|$)");
    private static final Pattern TOTAL_ASCII = Pattern.compile(
            "^(tong cong|tong so|tong)([\\s:(.,]|$)|^cong\\s*([:(.]|$)|^cong (huyen|quan|thi xa|thanh pho|tp|tinh|toan|chung|cac|ca)(\\s|$)");
    /** Compared on folded text (see {@link HeaderText#fold}). */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(^|\\s)(nguoi lap bieu|nguoi lap|nguoi bao cao|truong cong an|thu truong|lanh dao don vi"
                    + "|ky ghi ro ho ten|ky va ghi ro ho ten|ky ten|ky dong dau|ky ten dong dau)(\\s|$)"
                    + "|^(kt|tm|tl|q) (truong|thu truong|giam doc|chu tich)"
                    + "|(^|\\s)ngay(\\s+\\S+)?\\s+thang(\\s+\\S+)?\\s+nam(\\s|$)");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?(\\d{1,3}|[a-zA-Z])\\)?");
    private static final Pattern CODE = Pattern.compile("'?\\d{1,6}");

    private RowMarkers() {
    }

    /** "Tổng cộng", "Cộng", "Tổng số:", "Cộng huyện A", "TONG CONG". */
    static boolean isTotal(String text) {
        if (text == null || text.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        String t = HeaderText.lower(text);
        if (t.isEmpty()) {
            return false;
        }
        return (HeaderText.isAscii(t) ? TOTAL_ASCII : TOTAL).matcher(t).find();
    }

    /** "Người lập biểu", "TRƯỞNG CÔNG AN XÃ", "Thủ trưởng đơn vị", "…, ngày … tháng … năm …", "(Ký, ghi rõ họ tên)". */
    static boolean isSignature(String text) {
        String folded = HeaderText.fold(text);
        return !folded.isEmpty() && SIGNATURE.matcher(folded).find();
    }

    /**
     * The row under a header that numbers its columns: "1 2 3 …", "(1) (2) …" or "A B 1 2 …", at
     * least three cells, every one a marker, the numbers rising left to right.
     */
    static boolean isColumnNumbers(List<RawCell> cells) {
        int markers = 0;
        long previous = Long.MIN_VALUE;
        for (RawCell cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            String t = cell.text().strip();
            if (!COLUMN_NUMBER.matcher(t).matches()) {
                return false;
            }
            String inner = t.replace("(", "").replace(")", "");
            if (Character.isDigit(inner.charAt(0))) {
                long n = Long.parseLong(inner);
                if (n <= previous) {
                    return false;
                }
                previous = n;
            }
            markers++;
        }
        return markers >= 3;
    }

    /** Whether a unit-code cell holds something shaped like a code (digits, maybe a leading apostrophe). */
    static boolean looksLikeCode(RawCell cell) {
        return !cell.isBlank() && CODE.matcher(cell.text().strip()).matches();
    }
}
