package vn.diemtua.validation;

import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ky_bao_cao}: {@code 2023-10}, {@code 2023/10}, {@code 10/2023}, {@code 10-2023},
 * {@code 10.2023}, {@code Tháng 10/2023}, {@code T10/2023}, {@code tháng 10 năm 2023} (with or
 * without diacritics, any case), a date in text ({@code 01/10/2023}, {@code 2023-10-01}) or a date
 * cell: the month that contains it. A month after the current one is {@link ReasonCode#MONTH_FUTURE}.
 */
public final class MonthParser {
    private static final Pattern PREFIX = Pattern.compile("^(?:ky bao cao|thang|t)\\s*\\.?\\s*");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*(?:[-/.]|nam)\\s*(\\d{4})");

    private MonthParser() {
    }

    /** @param current the month it is now; later months are in the future */
    public static ParseResult<YearMonth> parse(RawCell cell, YearMonth current) {
        if (cell == null || cell.isBlank()) {
            return ParseResult.fail(ReasonCode.MONTH_MISSING);
        }
        YearMonth month = switch (cell.kind()) {
            case DATE -> fromDate(DateParser.isoDate(cell.text()));
            case TEXT -> text(VietnameseText.fold(cell.text()));
            default -> null;
        };
        if (month == null) {
            return ParseResult.fail(cell.kind() == CellKind.ERROR ? ReasonCode.CELL_FORMULA_ERROR : ReasonCode.MONTH_UNPARSEABLE);
        }
        return month.isAfter(current) ? ParseResult.fail(ReasonCode.MONTH_FUTURE, current.toString()) : ParseResult.ok(month);
    }

    private static YearMonth text(String folded) {
        String text = PREFIX.matcher(folded).replaceFirst("");
        Matcher m = YEAR_MONTH.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return of(m.group(2), m.group(1));
        }
        return fromDate(DateParser.textDate(folded));
    }

    private static YearMonth of(String year, String month) {
        try {
            return DateParser.plausibleYear(Integer.parseInt(year))
                    ? YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static YearMonth fromDate(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }
}
