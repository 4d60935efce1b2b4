package vn.diemtua.notebook;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.diemtua.testing.SparkTestSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTableTest {
    @Test
    void cellsAreEscapedNumbersGroupedNullsEmptyArraysJoined() {
        Dataset<Row> rows = SparkTestSession.get().sql("""
                SELECT '<script>alert("x")</script>' AS ten_xa, CAST(1234 AS BIGINT) AS toi_pham_phat_hien,
                       0.5D AS value, CAST(NULL AS BIGINT) AS tngt_vu, array('W01', 'W02') AS warnings, 2024 AS nam""");
        String html = HtmlTable.of(rows);
        assertTrue(html.contains("<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>"), html);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<td style=\"text-align:right\">1.234</td>"), html);
        assertTrue(html.contains(">0,5</td>"), html);
        assertTrue(html.contains("<td></td>"), "null is an empty cell, not 0: " + html);
        assertTrue(html.contains("<td>W01; W02</td>"), html);
        assertTrue(html.contains(">2024</td>"), "years are not grouped: " + html);
        assertTrue(html.contains("<th title=\"Số vụ phạm tội phát hiện\">toi_pham_phat_hien</th>"), html);
    }

    @Test
    void onlyTheFirstRowsAreShownAndTheTableSaysSo() {
        Dataset<Row> rows = SparkTestSession.get().sql("SELECT id FROM range(10)");
        String html = HtmlTable.of(rows, 3);
        assertEquals(3, html.split("<tr>", -1).length - 2, "three body rows after the header row: " + html);
        assertTrue(html.contains("Hiển thị 3 dòng đầu tiên"), html);
        assertFalse(HtmlTable.of(rows, 10).contains("Hiển thị"));
        assertTrue(HtmlTable.of(rows.limit(0)).contains("Không có dòng nào"));
    }
}
