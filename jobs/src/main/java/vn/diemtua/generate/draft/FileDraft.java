package vn.diemtua.generate.draft;

import vn.diemtua.model.SubmissionKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A file to write: where it goes, its sheets, and the habits of whoever made it (format, encoding,
 * separator, header wording, extra columns, digit grouping). File-level quirks change these.
 */
public final class FileDraft {
    private final String directory;
    private final String baseName;
    private final ProvinceMonth origin;
    private final boolean supplement;
    private final String unitName;
    private final List<SheetDraft> sheets;
    private final EnumMap<SubmissionKey, String> headers = new EnumMap<>(SubmissionKey.class);
    private final List<String> quirks = new ArrayList<>();
    private final FileFormat format;
    private final CsvEncoding encoding;
    private char delimiter;
    private boolean numberedColumns;
    private String groupingSeparator;

    /**
     * @param directory relative to the output root, {@code <YYYY-MM>/<province code>}
     * @param origin    the province's month the file belongs to
     * @param unitName  the unit's full name for a one-unit file, null for a province workbook
     */
    public FileDraft(String directory, String baseName, ProvinceMonth origin, boolean supplement, String unitName,
                     List<SheetDraft> sheets, FileFormat format, CsvEncoding encoding) {
        this.directory = directory;
        this.baseName = baseName;
        this.origin = origin;
        this.supplement = supplement;
        this.unitName = unitName;
        this.sheets = List.copyOf(sheets);
        this.format = format;
        this.encoding = encoding;
        this.delimiter = encoding.defaultDelimiter();
        for (SubmissionKey key : SubmissionKey.values()) {
            headers.put(key, key.templateHeader());
        }
    }

    /** Relative to the output root: {@code <YYYY-MM>/<province code>/<name>.<extension>}. */
    public String path() {
        return directory + "/" + baseName + "." + format.extension();
    }

    public ProvinceMonth origin() {
        return origin;
    }

    public boolean supplement() {
        return supplement;
    }

    /** Null for a province workbook. */
    public String unitName() {
        return unitName;
    }

    public List<SheetDraft> sheets() {
        return sheets;
    }

    public List<DataRow> rows() {
        return sheets.stream().flatMap(s -> s.rows().stream()).toList();
    }

    /** The date the file was signed: its latest row's sending date. */
    public LocalDate signedOn() {
        return rows().stream().map(DataRow::sentOn).max(LocalDate::compareTo).orElse(origin.month().plusMonths(1).atDay(5));
    }

    public Map<SubmissionKey, String> headers() {
        return headers;
    }

    public List<String> quirks() {
        return Collections.unmodifiableList(quirks);
    }

    public void quirk(String id) {
        quirks.add(id);
    }

    public FileFormat format() {
        return format;
    }

    public CsvEncoding encoding() {
        return encoding;
    }

    public char delimiter() {
        return delimiter;
    }

    public void delimiter(char delimiter) {
        this.delimiter = delimiter;
    }

    /** An "STT" (row number) column in front and a "Ghi chú" (notes) column at the end. */
    public boolean numberedColumns() {
        return numberedColumns;
    }

    public void numberedColumns(boolean numbered) {
        this.numberedColumns = numbered;
    }

    /** The thousands separator of counts of 1,000 or more ({@code .}, {@code ,} or a space), or null. */
    public String groupingSeparator() {
        return groupingSeparator;
    }

    public void groupingSeparator(String separator) {
        this.groupingSeparator = separator;
    }
}
