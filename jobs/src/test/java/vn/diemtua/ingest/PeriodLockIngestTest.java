package vn.diemtua.ingest;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.diemtua.locks.PeriodLocks;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A month locked for a conference: resubmissions that would change it are rejected
 * (PERIOD_LOCKED), identical re-sends change nothing, later months go on; an unlock with a reason
 * reopens it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeriodLockIngestTest {
    private static final String HEADER = "Mã xã,Kỳ báo cáo,Ngày gửi,Số vụ phạm tội phát hiện,Số vụ phạm tội điều tra làm rõ\n";
    private static final String OCTOBER = "SELECT ma_xa, toi_pham_phat_hien, toi_pham_lam_ro, revision, ngay_gui, source_file "
            + "FROM commune_month WHERE ky_bao_cao <= DATE'2023-10-01' ORDER BY ma_xa";
    private TestWarehouse wh;
    private PeriodLocks locks;

    @BeforeAll
    void firstReports() {
        wh = new TestWarehouse("period-lock");
        locks = new PeriodLocks(wh.warehouse);
        wh.write("01/2023-10.csv", HEADER + "00001,10/2023,05/11/2023,5,3\n00004,10/2023,05/11/2023,2,1\n");
        assertEquals(2, wh.ingest().accepted());
    }

    @Test
    @Order(1)
    void aLockedMonthRejectsChangesAndTakesIdenticalResendsAsNoOps() {
        PeriodLocks.Change change = locks.lock(YearMonth.of(2023, 10), "Hội nghị tổng kết 2023", "an");
        assertTrue(change.changed() && change.messageEn().contains("Locks in force: 2023-10"), change::messageEn);
        assertTrue(!locks.lock(YearMonth.of(2023, 10), null, "an").changed(), "locking it again writes nothing");
        List<String> october = wh.lines(OCTOBER);
        long versions = wh.sql("SELECT count(*) FROM commune_month_versions").get(0).getLong(0);

        wh.write("01/resend.csv", HEADER
                + "00001,10/2023,10/11/2023,4,9\n"     // new figures (and a warning): would change October
                + "00004,10/2023,05/11/2023,2,1\n"     // exactly the stored version: a no-op
                + "00007,10/2023,05/11/2023,1,1\n"     // a unit-month October never had
                + "00001,11/2023,05/12/2023,6,2\n");   // after the lock
        IngestReport report = wh.ingest("01/resend.csv");

        assertEquals(Map.of("PERIOD_LOCKED", 2L), report.rejectedByReason());
        assertEquals(2, report.accepted());
        assertEquals(1, report.newRevisions());
        assertEquals(1, report.unchanged());
        assertEquals(Map.of(), report.warningsByReason(), "the rejected row's warning is not counted");
        assertEquals(october, wh.lines(OCTOBER), "October as the conference saw it");
        assertEquals(versions + 1, wh.sql("SELECT count(*) FROM commune_month_versions").get(0).getLong(0),
                "only November's version is new");
        List<Row> rejected = wh.sql("SELECT ma_xa, row_number, column_name, message_vi, message_en, reasons "
                + "FROM rejections WHERE reason_code = 'PERIOD_LOCKED' ORDER BY row_number");
        assertEquals(List.of("00001", "00007"), rejected.stream().map(r -> r.getString(0)).toList());
        assertEquals("ky_bao_cao", rejected.get(0).getString(2));
        assertTrue(rejected.get(0).getString(4).contains("row 2, column \"Kỳ báo cáo (ky_bao_cao)\": the month 2023-10 is locked "
                + "for a conference (months up to 2023-10, locked on "), rejected.get(0).getString(4));
        assertTrue(rejected.get(0).getString(4).contains("Hội nghị tổng kết 2023"));
        assertTrue(rejected.get(0).getString(3).contains("tháng 2023-10 đã được khóa số liệu"), rejected.get(0).getString(3));
        assertEquals(List.of("[2,rejected,[PERIOD_LOCKED]]", "[3,accepted,[]]", "[4,rejected,[PERIOD_LOCKED]]",
                        "[5,accepted,[]]"),
                wh.sql("SELECT row_number, outcome, reason_codes FROM submission_rows WHERE source_file LIKE '%resend.csv' "
                        + "AND row_kind = 'data' ORDER BY row_number").stream()
                        .map(r -> "[" + r.get(0) + "," + r.get(1) + "," + r.getList(2) + "]").toList());
        Row log = wh.sql("SELECT rows_read, rows_accepted, rows_rejected, rows_skipped, new_revisions, unchanged, "
                + "reason_counts, warning_counts, cast(months AS STRING) FROM ingest_log WHERE source_file LIKE '%resend.csv'").get(0);
        assertEquals("[5,2,2,1,1,1,Map(PERIOD_LOCKED -> 2),Map(),[2023-10-01, 2023-11-01]]", log.toString());
    }

    @Test
    @Order(2)
    void onlyAnUnlockWithAReasonReopensTheMonth() {
        assertThrows(IllegalArgumentException.class, () -> locks.unlock(YearMonth.of(2023, 10), " ", "an"));
        assertThrows(IllegalArgumentException.class, () -> locks.unlock(YearMonth.of(2023, 9), "sai tháng", "an"));
        PeriodLocks.Change reopened = locks.unlock(YearMonth.of(2023, 10), "Công văn 123: số liệu phường Phúc Xá sửa", "an");
        assertTrue(reopened.messageEn().contains("Locks in force: -"), reopened::messageEn);

        wh.write("01/resend_after_unlock.csv", HEADER + "00001,10/2023,10/11/2023,4,9\n");
        IngestReport report = wh.ingest("01/resend_after_unlock.csv");
        assertEquals(Map.of(), report.rejectedByReason());
        assertEquals(List.of("[00001,4,9,2]"), wh.lines("SELECT ma_xa, toi_pham_phat_hien, toi_pham_lam_ro, revision "
                + "FROM commune_month WHERE ma_xa = '00001' AND ky_bao_cao = DATE'2023-10-01'"));
        assertEquals(List.of("[lock,2023-10-01,Hội nghị tổng kết 2023,an]",
                        "[unlock,2023-10-01,Công văn 123: số liệu phường Phúc Xá sửa,an]"),
                wh.lines("SELECT action, cast(locked_to AS STRING), reason, by_user FROM period_locks ORDER BY locked_at"));
    }
}
