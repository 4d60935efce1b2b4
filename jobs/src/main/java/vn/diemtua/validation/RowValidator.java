package vn.diemtua.validation;

import vn.diemtua.ingest.read.RawCell;
import vn.diemtua.ingest.read.SourceRow;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.Unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one data row on its own: every cell parsed, the code resolved against the units
 * valid in the row's month, the province folder, the name, and the warnings that compare two
 * values of the row. Rules about several rows are {@link FileValidator}'s.
 */
public final class RowValidator {
    private final ValidationContext context;

    public RowValidator(ValidationContext context) {
        this.context = context;
    }

    public RowOutcome validate(SourceRow row) {
        return validate(row, null);
    }

    /**
     * @param monthHint the month a banner of the sheet names when the sheet has no month column
     *                  ("BÁO CÁO THÁNG 10/2023"), used for rows without a month of their own; or null
     */
    public RowOutcome validate(SourceRow row, YearMonth monthHint) {
        List<Issue> errors = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();

        ParseResult<String> code = CodeParser.parse(cell(row, SubmissionKey.MA_XA));
        RawCell monthCell = cell(row, SubmissionKey.KY_BAO_CAO);
        if ((monthCell == null || monthCell.isBlank()) && monthHint != null) {
            monthCell = RawCell.text(monthHint.toString());
        }
        ParseResult<YearMonth> month = MonthParser.parse(monthCell, context.currentMonth());
        Unit unit = null;
        if (code.failed()) {
            errors.add(issue(row, SubmissionKey.MA_XA, code));
        } else if (!month.failed()) {
            unit = resolve(row, code.value(), month.value(), errors, warnings);
        }
        if (month.failed()) {
            errors.add(issue(row, SubmissionKey.KY_BAO_CAO, month));
        }
        ParseResult<LocalDate> sentOn = DateParser.parse(cell(row, SubmissionKey.NGAY_GUI), context.today());
        if (sentOn.failed()) {
            errors.add(issue(row, SubmissionKey.NGAY_GUI, sentOn));
        }

        Map<SubmissionKey, Object> values = new EnumMap<>(SubmissionKey.class);
        for (SubmissionKey key : TypedRow.VALUE_KEYS) {
            ParseResult<?> parsed = parseValue(key, cell(row, key));
            if (parsed.failed()) {
                errors.add(issue(row, key, parsed));
            } else if (parsed.value() != null) {
                values.put(key, parsed.value());
            }
        }
        if (!errors.isEmpty()) {
            return RowOutcome.rejected(row, errors);
        }
        TypedRow typed = new TypedRow(unit, month.value(), sentOn.value(), values);
        compare(row, typed, SubmissionKey.TOI_PHAM_LAM_RO, SubmissionKey.TOI_PHAM_PHAT_HIEN,
                ReasonCode.SOLVED_GT_DETECTED, warnings);
        compare(row, typed, SubmissionKey.TIN_BAO_GIAI_QUYET, SubmissionKey.TIN_BAO_TIEP_NHAN,
                ReasonCode.RESOLVED_GT_RECEIVED, warnings);
        return RowOutcome.accepted(row, typed, warnings);
    }

    /** The unit the code names in the month (through an alias if need be), or null with an error added. */
    private Unit resolve(SourceRow row, String code, YearMonth month, List<Issue> errors, List<Issue> warnings) {
        String given = text(row, SubmissionKey.MA_XA);
        LocalDate day = month.atDay(1);
        Optional<Unit> unit = context.directory().resolve(code, day);
        if (unit.isEmpty()) {
            Optional<String> official = context.directory().officialCodeOfAlias(code, day);
            if (official.isPresent()) {
                unit = context.directory().resolve(official.get(), day);
                warnings.add(new Issue(ReasonCode.ALIAS_CODE, SubmissionKey.MA_XA, given, official.get()));
            }
        }
        if (unit.isEmpty()) {
            errors.add(new Issue(ReasonCode.CODE_UNKNOWN, SubmissionKey.MA_XA, given, month.toString(), code));
            return null;
        }
        String folder = context.provinceFolder();
        if (folder != null && !folder.equals(unit.get().provinceCode())) {
            errors.add(new Issue(ReasonCode.OUTSIDE_PROVINCE, SubmissionKey.MA_XA, given,
                    unit.get().fullName(), unit.get().provinceName() + " (" + unit.get().provinceCode() + ")", folder));
            return null;
        }
        String name = text(row, SubmissionKey.TEN_XA);
        if (!NameMatcher.matches(name, unit.get())) {
            warnings.add(new Issue(ReasonCode.NAME_MISMATCH, SubmissionKey.TEN_XA, name, unit.get().fullName()));
        }
        return unit.get();
    }

    private static ParseResult<?> parseValue(SubmissionKey key, RawCell cell) {
        return switch (key.kind()) {
            case FLOW, STOCK_COUNT -> CountParser.parse(cell);
            case STOCK_STATUS -> HeadquartersStatusParser.parse(cell);
            case STOCK_FLAG -> FlagParser.parse(cell);
            default -> throw new IllegalArgumentException("Not a value key: " + key);
        };
    }

    /** Warns when {@code part} exceeds {@code whole}, both reported. */
    private static void compare(SourceRow row, TypedRow typed, SubmissionKey part, SubmissionKey whole,
                                ReasonCode code, List<Issue> warnings) {
        Long p = typed.count(part);
        Long w = typed.count(whole);
        if (p != null && w != null && p > w) {
            warnings.add(new Issue(code, part, text(row, part), String.valueOf(w)));
        }
    }

    private static Issue issue(SourceRow row, SubmissionKey key, ParseResult<?> failed) {
        return failed.detail() == null
                ? new Issue(failed.error(), key, text(row, key))
                : new Issue(failed.error(), key, text(row, key), failed.detail());
    }

    private static RawCell cell(SourceRow row, SubmissionKey key) {
        return row.cells() == null ? null : row.cells().get(key);
    }

    private static String text(SourceRow row, SubmissionKey key) {
        RawCell cell = cell(row, key);
        return cell == null ? null : cell.text();
    }
}
