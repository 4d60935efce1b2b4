package vn.diemtua.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical keys of the monthly submission (SPEC section 2), in template order. The key is
 * the column name in every table and extract; the headers are what the template may say.
 */
public enum SubmissionKey {
    MA_XA(KeyKind.CODE, true, "Mã xã", "Mã đơn vị", "Mã ĐVHC"),
    TEN_XA(KeyKind.TEXT, false, "Tên xã", "Tên đơn vị", "Xã, phường, thị trấn"),
    KY_BAO_CAO(KeyKind.MONTH, true, "Kỳ báo cáo", "Tháng báo cáo"),
    NGAY_GUI(KeyKind.DATE, false, "Ngày gửi", "Ngày gửi báo cáo"),
    TOI_PHAM_PHAT_HIEN(KeyKind.FLOW, false, "Số vụ phạm tội phát hiện"),
    TOI_PHAM_LAM_RO(KeyKind.FLOW, false, "Số vụ phạm tội điều tra làm rõ", "Số vụ phạm tội làm rõ"),
    VI_PHAM_PHAT_HIEN(KeyKind.FLOW, false, "Số vụ vi phạm pháp luật phát hiện"),
    DOI_TUONG_XU_LY(KeyKind.FLOW, false, "Số đối tượng bắt giữ, xử lý", "Số đối tượng bắt giữ xử lý"),
    MA_TUY_VU(KeyKind.FLOW, false, "Số vụ ma túy", "Số vụ ma tuý"),
    TIN_BAO_TIEP_NHAN(KeyKind.FLOW, false, "Số tin báo, tố giác tiếp nhận", "Số tin báo tố giác tiếp nhận"),
    TIN_BAO_GIAI_QUYET(KeyKind.FLOW, false, "Số tin báo, tố giác đã giải quyết", "Số tin báo tố giác đã giải quyết"),
    TNGT_VU(KeyKind.FLOW, false, "Số vụ tai nạn giao thông"),
    TNGT_CHET(KeyKind.FLOW, false, "Số người chết do tai nạn giao thông"),
    TNGT_BI_THUONG(KeyKind.FLOW, false, "Số người bị thương do tai nạn giao thông"),
    CHAY_NO_VU(KeyKind.FLOW, false, "Số vụ cháy, nổ", "Số vụ cháy nổ"),
    KHEN_THUONG(KeyKind.FLOW, false, "Số cán bộ được khen thưởng"),
    CAN_BO_CHINH_QUY(KeyKind.STOCK_COUNT, false, "Số cán bộ chính quy"),
    LUC_LUONG_CO_SO(KeyKind.STOCK_COUNT, false,
            "Số công an bán chuyên trách / lực lượng bảo vệ ANTT ở cơ sở",
            "Số công an bán chuyên trách",
            "Lực lượng bảo vệ ANTT ở cơ sở",
            "Lực lượng tham gia bảo vệ ANTT ở cơ sở"),
    TRU_SO(KeyKind.STOCK_STATUS, false, "Tình trạng trụ sở", "Trụ sở"),
    NHA_O_DOANH_TRAI(KeyKind.STOCK_FLAG, false, "Nhà ở tập thể / doanh trại", "Nhà ở tập thể", "Doanh trại");

    private final KeyKind kind;
    private final boolean required;
    private final List<String> headers;

    SubmissionKey(KeyKind kind, boolean required, String... headers) {
        this.kind = kind;
        this.required = required;
        this.headers = List.of(headers);
    }

    /** The canonical key, e.g. {@code toi_pham_phat_hien}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public KeyKind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    /** The template header first, then the other wordings seen in real files. */
    public List<String> headers() {
        return headers;
    }

    /** The header printed in the template. */
    public String templateHeader() {
        return headers.get(0);
    }

    public static Optional<SubmissionKey> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    /** The counts, flows then stocks, in template order. */
    public static List<SubmissionKey> counts() {
        return Arrays.stream(values()).filter(k -> k.kind.isCount()).toList();
    }

    public static List<SubmissionKey> flows() {
        return Arrays.stream(values()).filter(k -> k.kind == KeyKind.FLOW).toList();
    }

    public static List<SubmissionKey> stocks() {
        return Arrays.stream(values()).filter(k -> k.kind.isStock()).toList();
    }
}
