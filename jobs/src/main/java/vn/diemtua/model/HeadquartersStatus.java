package vn.diemtua.model;

import java.util.Locale;

/** The values of {@code tru_so}, in the order a headquarters progresses. */
public enum HeadquartersStatus {
    CHUA_CO("Chưa có đất"),
    DANG_THU_TUC("Đang làm thủ tục đầu tư"),
    DANG_XAY_DUNG("Đang xây dựng"),
    DA_SU_DUNG("Đã đưa vào sử dụng");

    private final String labelVi;

    HeadquartersStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    /** The stored code, e.g. {@code da_su_dung}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label a submission may use instead of the code. */
    public String labelVi() {
        return labelVi;
    }
}
