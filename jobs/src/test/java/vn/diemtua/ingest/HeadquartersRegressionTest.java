package vn.diemtua.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import vn.diemtua.reference.ReferenceTables;
import vn.diemtua.testing.SparkTestSession;

import java.sql.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.diemtua.ingest.VersionRows.current;
import static vn.diemtua.ingest.VersionRows.version;

class HeadquartersRegressionTest {
    /** 00004 names one unit to 2025-06 and another from 2025-07. */
    private static Dataset<Row> units() {
        Date reorganisation = Date.valueOf("2025-07-01");
        return SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create("00004", "Phường Trúc Bạch", "Phường", "001", "Quận Ba Đình", "01", "Hà Nội", null, reorganisation),
                RowFactory.create("00004", "Phường Ba Đình", "Phường", null, null, "01", "Hà Nội", reorganisation, null),
                RowFactory.create("00001", "Phường Phúc Xá", "Phường", "001", "Quận Ba Đình", "01", "Hà Nội", null, reorganisation)),
                ReferenceTables.UNITS);
    }

    private static List<String> flagged(VersionRows... rows) {
        return HeadquartersRegression.flag(current(rows), units()).orderBy("ma_xa", "ky_bao_cao").collectAsList().stream()
                .map(r -> r.getAs("ma_xa") + " " + r.getAs("ky_bao_cao") + " " + r.getList(r.fieldIndex("warnings")))
                .toList();
    }

    @Test
    void aStatusBehindThePreviousMonthsIsFlagged() {
        assertEquals(List.of("00001 2023-10-01 []", "00001 2023-11-01 [HQ_STATUS_BACKWARDS]",
                        "00001 2023-12-01 []", "00001 2024-02-01 []"),
                flagged(version("00001", "2023-10", "a").with("tru_so", "da_su_dung"),
                        version("00001", "2023-11", "b").with("tru_so", "dang_xay_dung"),
                        version("00001", "2023-12", "c").with("tru_so", "dang_xay_dung"),
                        // January not reported: February is not compared with December.
                        version("00001", "2024-02", "d").with("tru_so", "chua_co")));
    }

    @Test
    void aReusedCodeIsAnotherUnitAndNoStatusIsNoComparison() {
        assertEquals(List.of("00001 2023-10-01 []", "00001 2023-11-01 [SOLVED_GT_DETECTED]",
                        "00004 2025-06-01 []", "00004 2025-07-01 []"),
                flagged(version("00001", "2023-10", "a").with("tru_so", "da_su_dung"),
                        version("00001", "2023-11", "b").with("warnings", SparkValues.seq(List.of("SOLVED_GT_DETECTED"))),
                        version("00004", "2025-06", "c").with("tru_so", "da_su_dung"),
                        version("00004", "2025-07", "d").with("tru_so", "chua_co")));
    }

    @Test
    void aWarningThatNoLongerHoldsIsCleared() {
        assertEquals(List.of("00001 2023-10-01 []", "00001 2023-11-01 []"),
                flagged(version("00001", "2023-10", "a").with("tru_so", "dang_xay_dung"),
                        version("00001", "2023-11", "b").with("tru_so", "da_su_dung")
                                .with("warnings", SparkValues.seq(List.of("HQ_STATUS_BACKWARDS")))));
    }
}
