package vn.diemtua.reference;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A commune-level unit as valid over {@code [validFrom, validTo)}; a code may name different units
 * in different periods, so a unit is its code plus its validity.
 *
 * @param districtCode null for units from 2025-07-01 (no district level)
 * @param validFrom    null for units of the pre-2025 list (valid since before any submission)
 * @param validTo      exclusive; null while the unit is current
 */
public record Unit(String code, String fullName, String type, String districtCode, String districtName,
                   String provinceCode, String provinceName, LocalDate validFrom, LocalDate validTo)
        implements Serializable {

    public boolean validIn(LocalDate month) {
        return (validFrom == null || !month.isBefore(validFrom)) && (validTo == null || month.isBefore(validTo));
    }
}
