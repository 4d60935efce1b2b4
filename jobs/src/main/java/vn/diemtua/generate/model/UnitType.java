package vn.diemtua.generate.model;

import vn.diemtua.reference.Unit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of commune-level unit, as the reference lists name them and as options spell them. */
public enum UnitType {
    XA("Xã"),
    THI_TRAN("Thị trấn"),
    PHUONG("Phường"),
    DAC_KHU("Đặc khu");

    private final String referenceName;

    UnitType(String referenceName) {
        this.referenceName = referenceName;
    }

    /** The option spelling, e.g. {@code thi_tran}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UnitType of(Unit unit) {
        for (UnitType type : values()) {
            if (type.referenceName.equals(unit.type())) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown unit type '" + unit.type() + "' of unit " + unit.code());
    }

    public static UnitType parse(String option) {
        String wanted = option.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (UnitType type : values()) {
            if (type.option().equals(wanted)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown unit type '" + option + "'; use "
                + Arrays.stream(values()).map(UnitType::option).collect(Collectors.joining(", ")));
    }
}
