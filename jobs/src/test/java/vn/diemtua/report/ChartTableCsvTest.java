package vn.diemtua.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report's CSV tables keep a name that looks like a formula as text. */
class ChartTableCsvTest {
    @Test
    void formulaLikeNamesAreEscapedAndNumbersAreNot() {
        ChartTable table = new ChartTable(List.of(new ChartTable.Column("unit_name", "Đơn vị"),
                new ChartTable.Column("ky_bao_cao", "Tháng"), new ChartTable.Column("value", "Giá trị"),
                new ChartTable.Column("change", "Thay đổi")));
        table.add(Arrays.asList("=HYPERLINK(\"http://example.invalid\",\"Hà Nội\")", YearMonth.of(2023, 10),
                new ChartTable.Count(1234), new ChartTable.Change(-0.05)));
        table.add(Arrays.asList("@SUM(A1)", YearMonth.of(2023, 11), null, new ChartTable.Change(0.1)));
        List<String> lines = new String(table.csv(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("unit_name,ky_bao_cao,value,change",
                "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Hà Nội\"\")\",2023-10,1234,-0.05",
                "'@SUM(A1),2023-11,,0.1"), lines);
    }
}
