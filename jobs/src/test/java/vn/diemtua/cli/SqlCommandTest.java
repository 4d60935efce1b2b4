package vn.diemtua.cli;

import org.junit.jupiter.api.Test;
import vn.diemtua.testing.SparkTestSession;
import vn.diemtua.warehouse.Warehouse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code sql} prints text that a spreadsheet would run as a formula as text. */
class SqlCommandTest {
    @Test
    void formulaLikeValuesLeaveAsText() throws Exception {
        SqlCommand sql = new SqlCommand();
        sql.query = "SELECT '=HYPERLINK(\"http://example.invalid\",\"Hà Nội\")' AS ten_xa, '@SUM(A1)' AS ghi_chu, "
                + "-5L AS delta, '+84 912' AS phone";
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            sql.run(new Warehouse(SparkTestSession.get(), SparkTestSession.newFolder("sql").toUri().toString()));
        } finally {
            System.setOut(stdout);
        }
        assertEquals(List.of("ten_xa,ghi_chu,delta,phone",
                        "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Hà Nội\"\")\",'@SUM(A1),-5,'+84 912"),
                printed.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
