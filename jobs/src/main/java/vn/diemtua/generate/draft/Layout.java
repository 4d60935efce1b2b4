package vn.diemtua.generate.draft;

import java.util.Locale;

/** How reports are grouped into files. */
public enum Layout {
    /** One workbook per province and month, a sheet per district where districts exist. */
    PROVINCE_MONTH,
    /** One file per unit and month. */
    UNIT;

    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
