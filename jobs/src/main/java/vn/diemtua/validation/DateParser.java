package vn.diemtua.validation;

import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ngay_gui}: {@code dd/mm/yyyy} (also with '-' or '.', one-digit day or month),
 * {@code ngày 5 tháng 11 năm 2023}, ISO {@code 2023-11-05} (a time after it is ignored), or a date
 * cell. Day first, as written in Vietnam: {@code 05/11/2023} is the 5th of November. Empty is not
 * reported; a date after today is {@link ReasonCode#DATE_FUTURE}, since it would outrank every
 * later resubmission.
 */
public final class DateParser {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?:ngay\\s*)?(\\d{1,2})\\s*(?:[-/.]|thang)\\s*(\\d{1,2})\\s*(?:[-/.]|nam)\\s*(\\d{4})(?: .*)?");

    private DateParser() {
    }

    /** @param today dates after it are in the future */
    public static ParseResult<LocalDate> parse(RawCell cell, LocalDate today) {
        if (cell == null || cell.isBlank()) {
            return ParseResult.ok(null);
        }
        LocalDate date = switch (cell.kind()) {
            case DATE -> isoDate(cell.text());
            case TEXT -> textDate(VietnameseText.fold(cell.text()));
            default -> null;
        };
        if (date == null) {
            return ParseResult.fail(cell.kind() == CellKind.ERROR ? ReasonCode.CELL_FORMULA_ERROR : ReasonCode.DATE_UNPARSEABLE);
        }
        return date.isAfter(today) ? ParseResult.fail(ReasonCode.DATE_FUTURE, today.toString()) : ParseResult.ok(date);
    }

    /** The date of an ISO text ({@code 2023-10-01}, maybe with a time), or null. */
    static LocalDate isoDate(String text) {
        Matcher m = ISO.matcher(VietnameseText.fold(text));
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The date of a folded text in any accepted form, or null. */
    static LocalDate textDate(String folded) {
        Matcher m = DAY_FIRST.matcher(folded);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        return isoDate(folded);
    }

    /** Years a submission can speak of; keeps typos like 0203 or 20233 out. */
    static boolean plausibleYear(int year) {
        return year >= 1990 && year <= 2999;
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            return plausibleYear(y) ? LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
