package vn.diemtua.ingest.read;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reporting month a banner names: "BÁO CÁO THÁNG 10/2023", "Tháng 10 năm 2023", "Kỳ báo cáo: T10/2023". */
final class BannerMonth {
    /** On folded text, where "/" and "-" have become spaces; "6 tháng đầu năm" does not match. */
    private static final Pattern MONTH = Pattern.compile(
            "(?:^|\\s)(?:thang|ky bao cao|t)\\s*(\\d{1,2})\\s+(?:nam\\s+)?(\\d{4})(?:\\s|$)");

    private BannerMonth() {
    }

    /** The first month named by a cell of these rows, if any. */
    static Optional<YearMonth> find(List<RawRow> banners) {
        for (RawRow row : banners) {
            for (RawCell cell : row.cells()) {
                if (cell.kind() != CellKind.TEXT) {
                    continue;
                }
                Matcher m = MONTH.matcher(HeaderText.fold(cell.text()));
                while (m.find()) {
                    int month = Integer.parseInt(m.group(1));
                    if (month >= 1 && month <= 12) {
                        return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
