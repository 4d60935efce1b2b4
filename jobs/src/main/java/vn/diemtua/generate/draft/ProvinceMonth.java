package vn.diemtua.generate.draft;

import vn.diemtua.generate.model.Submission;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What one province sends for one month: the rows of its first sending, and the rows it sends later
 * (a supplement: revised values, re-sends, corrections of rejected rows).
 */
public final class ProvinceMonth {
    private final String provinceCode;
    private final String provinceName;
    private final YearMonth month;
    private final List<DataRow> rows = new ArrayList<>();
    private final List<DataRow> supplement = new ArrayList<>();

    public ProvinceMonth(String provinceCode, String provinceName, YearMonth month) {
        this.provinceCode = provinceCode;
        this.provinceName = provinceName;
        this.month = month;
    }

    /** A batch of the submissions given (all of one province and month), rendered canonically. */
    public static ProvinceMonth of(String provinceCode, String provinceName, YearMonth month,
                                   List<Submission> submissions) {
        ProvinceMonth batch = new ProvinceMonth(provinceCode, provinceName, month);
        for (Submission s : submissions) {
            String district = s.unit().districtCode();
            batch.rows.add(new DataRow(s.unit().code(), s.unit().fullName(), s.month(), s.sentOn(), s.values(),
                    district == null ? "" : district, s.unit().districtName()));
        }
        return batch;
    }

    public String provinceCode() {
        return provinceCode;
    }

    /** The province's full name, e.g. {@code Thành phố Hà Nội}. */
    public String provinceName() {
        return provinceName;
    }

    public YearMonth month() {
        return month;
    }

    public List<DataRow> rows() {
        return rows;
    }

    public List<DataRow> supplement() {
        return supplement;
    }

    /** Puts a row right after another (a copy-paste, an extra line typed under it). */
    public void insertAfter(DataRow anchor, DataRow row) {
        int at = rows.indexOf(anchor);
        if (at < 0) {
            throw new IllegalArgumentException("Row " + anchor.code() + " is not in the batch");
        }
        rows.add(at + 1, row);
    }
}
