package vn.diemtua.validation;

/**
 * Every rule of SPEC section 2, by a stable code that tables and users rely on. The messages are
 * in {@code messages_vi.properties} and {@code messages_en.properties} under the code's name.
 */
public enum ReasonCode {
    // Errors: the row is rejected.
    CODE_MISSING(Severity.ERROR),
    CODE_INVALID(Severity.ERROR),
    CODE_UNKNOWN(Severity.ERROR),
    OUTSIDE_PROVINCE(Severity.ERROR),
    MONTH_MISSING(Severity.ERROR),
    MONTH_UNPARSEABLE(Severity.ERROR),
    MONTH_FUTURE(Severity.ERROR),
    DATE_UNPARSEABLE(Severity.ERROR),
    DATE_FUTURE(Severity.ERROR),
    COUNT_UNPARSEABLE(Severity.ERROR),
    COUNT_NEGATIVE(Severity.ERROR),
    COUNT_FRACTIONAL(Severity.ERROR),
    HQ_STATUS_UNKNOWN(Severity.ERROR),
    FLAG_UNKNOWN(Severity.ERROR),
    CELL_FORMULA_ERROR(Severity.ERROR),
    DUPLICATE_CONFLICT(Severity.ERROR),
    /** A sheet of a workbook that could not be read as a submission (no header found). */
    SHEET_UNREADABLE(Severity.ERROR),
    /** A whole file that could not be read; the reader's own code says why when it gives one. */
    FILE_UNREADABLE(Severity.ERROR),
    /**
     * A row of a month locked for a conference ({@code diemtua lock}) that would change its figures;
     * applied by ingest against the stored versions, not by the row rules.
     */
    PERIOD_LOCKED(Severity.ERROR),

    // Warnings: the row is accepted and flagged.
    SOLVED_GT_DETECTED(Severity.WARNING),
    RESOLVED_GT_RECEIVED(Severity.WARNING),
    NAME_MISMATCH(Severity.WARNING),
    ALIAS_CODE(Severity.WARNING),
    HQ_STATUS_BACKWARDS(Severity.WARNING);

    private final Severity severity;

    ReasonCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
