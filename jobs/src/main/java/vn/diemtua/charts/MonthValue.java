package vn.diemtua.charts;

import java.time.YearMonth;

/** One month's value of a series. */
public record MonthValue(YearMonth month, double value) {
}
