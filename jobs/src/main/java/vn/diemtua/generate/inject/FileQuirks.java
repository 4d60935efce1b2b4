package vn.diemtua.generate.inject;

import vn.diemtua.generate.draft.Cell;
import vn.diemtua.generate.draft.CellType;
import vn.diemtua.generate.draft.CountText;
import vn.diemtua.generate.draft.CsvEncoding;
import vn.diemtua.generate.draft.DataRow;
import vn.diemtua.generate.draft.FileDraft;
import vn.diemtua.generate.draft.FileFormat;
import vn.diemtua.model.SubmissionKey;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * File habits of SPEC section 2, "what real files look like": each is valid input that a reader
 * must understand, none makes a row invalid.
 */
public final class FileQuirks {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Headers in capitals: "SỐ VỤ PHẠM TỘI PHÁT HIỆN". */
    public static final FileQuirk HEADER_UPPER_CASE = headers("header_upper_case", VietnameseText::upper);
    /** Headers broken over lines, with doubled spaces: "Số vụ phạm tội\nphát hiện". */
    public static final FileQuirk HEADER_LINE_BREAKS = headers("header_line_breaks", FileQuirks::brokenOverLines);
    /** Headers in Unicode NFD (decomposed marks), as some Mac and web exports write. */
    public static final FileQuirk HEADER_NFD = headers("header_nfd", VietnameseText::nfd);
    /** Headers without diacritics: "Ma xa", "So vu pham toi phat hien". */
    public static final FileQuirk HEADER_NO_DIACRITICS = headers("header_no_diacritics", VietnameseText::withoutDiacritics);

    /** Other wordings of the same headers seen in real files ("Mã đơn vị", "Tháng báo cáo", …). */
    public static final FileQuirk HEADER_OTHER_WORDING = FileQuirk.of("header_other_wording", f -> true, (file, rng) -> {
        for (SubmissionKey key : SubmissionKey.values()) {
            List<String> wordings = key.headers();
            if (wordings.size() > 1 && rng.nextBoolean()) {
                file.headers().put(key, wordings.get(1 + rng.nextInt(wordings.size() - 1)));
            }
        }
    });

    /** Codes typed into number cells lose their leading zeros: {@code 00097} becomes 97. */
    public static final FileQuirk CODE_AS_NUMBER = FileQuirk.of("code_as_number", f -> true, (file, rng) -> {
        for (DataRow row : file.rows()) {
            String code = row.cell(SubmissionKey.MA_XA).text();
            if (code.matches("\\d+")) {
                row.set(SubmissionKey.MA_XA, new Cell(Long.toString(Long.parseLong(code)), CellType.NUMBER));
            }
        }
    });

    /** Another way to write the month: {@code 2023-10}, {@code Tháng 10/2023}, {@code T10/2023}, or a date cell. */
    public static final FileQuirk MONTH_FORM = FileQuirk.of("month_form", f -> true, (file, rng) -> {
        int forms = file.format() == FileFormat.XLSX ? 4 : 3;
        int form = rng.nextInt(forms);
        for (DataRow row : file.rows()) {
            row.set(SubmissionKey.KY_BAO_CAO, monthForm(row.month(), form));
        }
    });

    /** The sending date as text, ISO or dd/mm/yyyy, instead of a date cell. */
    public static final FileQuirk DATE_FORM = FileQuirk.of("date_form", f -> true, (file, rng) -> {
        boolean iso = file.format() == FileFormat.CSV || rng.nextBoolean();
        for (DataRow row : file.rows()) {
            row.set(SubmissionKey.NGAY_GUI, Cell.text(iso ? row.sentOn().toString() : row.sentOn().format(DAY_MONTH_YEAR)));
        }
    });

    /** {@code tru_so} written with its Vietnamese label ("Đã đưa vào sử dụng"). */
    public static final FileQuirk TRU_SO_LABEL = FileQuirk.of("tru_so_label", f -> true, (file, rng) -> {
        for (DataRow row : file.rows()) {
            row.set(SubmissionKey.TRU_SO, Cell.text(row.values().headquarters().labelVi()));
        }
    });

    /** Counts stored as text cells in a workbook (Excel's green triangles). */
    public static final FileQuirk COUNTS_AS_TEXT = FileQuirk.of("counts_as_text", f -> f.format() == FileFormat.XLSX,
            (file, rng) -> {
                for (DataRow row : file.rows()) {
                    for (SubmissionKey key : SubmissionKey.counts()) {
                        Cell cell = row.cell(key);
                        if (cell.type() == CellType.NUMBER) {
                            row.set(key, Cell.text(cell.text()));
                        }
                    }
                }
            });

    /** Thousands grouped with {@code .}, {@code ,} or a space ({@code 1.234}); totals rows show it most. */
    public static final FileQuirk DIGIT_GROUPING = FileQuirk.of("digit_grouping", f -> true, (file, rng) -> {
        String separator = List.of(".", ",", " ").get(rng.nextInt(3));
        file.groupingSeparator(separator);
        for (DataRow row : file.rows()) {
            for (SubmissionKey key : SubmissionKey.counts()) {
                row.set(key, CountText.of(row.values().count(key), separator));
            }
        }
    });

    /** An "STT" column in front and a "Ghi chú" column at the end, which are not template headers. */
    public static final FileQuirk NUMBERED_COLUMNS = FileQuirk.of("numbered_columns", f -> true,
            (file, rng) -> file.numberedColumns(true));

    /** Blank rows between unit rows. */
    public static final FileQuirk BLANK_ROWS = FileQuirk.of("blank_rows", f -> !f.rows().isEmpty(), (file, rng) -> {
        List<DataRow> rows = file.rows();
        for (int i = 1 + rng.nextInt(3); i > 0; i--) {
            rows.get(rng.nextInt(rows.size())).blankRowsBefore(1 + rng.nextInt(2));
        }
    });

    /** {@code ;} as the separator, as Excel writes CSV where the decimal mark is a comma. */
    public static final FileQuirk SEMICOLON_SEPARATOR = FileQuirk.of("semicolon_separator",
            f -> f.format() == FileFormat.CSV && f.encoding() != CsvEncoding.UTF16_TAB,
            (file, rng) -> file.delimiter(';'));

    /** In the order they are applied. */
    public static final List<FileQuirk> ALL = List.of(HEADER_OTHER_WORDING, HEADER_UPPER_CASE, HEADER_LINE_BREAKS,
            HEADER_NFD, HEADER_NO_DIACRITICS, CODE_AS_NUMBER, MONTH_FORM, DATE_FORM, TRU_SO_LABEL, COUNTS_AS_TEXT,
            DIGIT_GROUPING, NUMBERED_COLUMNS, BLANK_ROWS, SEMICOLON_SEPARATOR);

    private FileQuirks() {
    }

    private static FileQuirk headers(String id, Function<String, String> change) {
        return FileQuirk.of(id, f -> true, (file, rng) -> file.headers().replaceAll((key, header) -> change.apply(header)));
    }

    /** Breaks a header of three words or more at its middle space, and doubles its other spaces. */
    static String brokenOverLines(String header) {
        String[] words = header.split(" ");
        if (words.length < 3) {
            return header.replace(" ", "  ");
        }
        int middle = words.length / 2;
        return String.join("  ", java.util.Arrays.copyOfRange(words, 0, middle)) + "\n"
                + String.join("  ", java.util.Arrays.copyOfRange(words, middle, words.length));
    }

    static Cell monthForm(YearMonth month, int form) {
        return switch (form) {
            case 0 -> Cell.text(month.toString());
            case 1 -> Cell.text("Tháng " + month.format(DateTimeFormatter.ofPattern("MM/yyyy")));
            case 2 -> Cell.text("T" + month.getMonthValue() + "/" + month.getYear());
            default -> Cell.month(month);
        };
    }
}
