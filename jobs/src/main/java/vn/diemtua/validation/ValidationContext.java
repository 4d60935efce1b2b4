package vn.diemtua.validation;

import vn.diemtua.reference.UnitDirectory;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the rules need besides the row.
 *
 * @param provinceFolder the 2-digit province code of the folder the file came from, or null
 * @param today          the day the batch runs (in Vietnam); months and dates after it are in the future
 */
public record ValidationContext(String provinceFolder, LocalDate today, UnitDirectory directory) {
    public YearMonth currentMonth() {
        return YearMonth.from(today);
    }
}
