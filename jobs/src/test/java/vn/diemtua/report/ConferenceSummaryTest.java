package vn.diemtua.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.testing.SparkTestSession;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary written from tiny frames, word for word. */
class ConferenceSummaryTest {
    private static ReportFigures figures;
    private static ConferenceSummary summary;

    @BeforeAll
    static void collect() {
        figures = ReportFigures.collect(ReportFixtures.inputs(SparkTestSession.get()), ReportPlan.bundled(),
                ReportFixtures.LABELS);
        summary = new ConferenceSummary(figures, ReportPlan.bundled(), new ProvinceNames(ReferenceData.bundled()));
    }

    @Test
    void vietnameseInTheMinistryStyle() {
        ConferenceSummary.Text text = summary.write(ReportText.vi(ReportFixtures.LABELS));
        assertEquals("Tổng hợp kết quả công tác của Công an cấp xã từ tháng 10/2022 đến tháng 9/2023", text.title());
        assertEquals(List.of(
                "Từ tháng 10/2022 đến tháng 9/2023, Công an cấp xã trên toàn quốc đã phát hiện hơn 22 nghìn vụ "
                        + "phạm tội, vi phạm pháp luật, so với cùng kỳ tăng 5,2%; bắt giữ, xử lý gần 34 nghìn đối "
                        + "tượng, so với cùng kỳ giảm 3,2%.",
                "Số vụ ma túy: hơn 3 nghìn, so với cùng kỳ tăng 4,0%.",
                "Tỷ lệ điều tra làm rõ các vụ phạm tội đạt 78,5% (cùng kỳ 76,1%), đạt chỉ tiêu (trên 75%); "
                        + "2/3 tỉnh, thành phố đạt chỉ tiêu.",
                "Tỷ lệ Công an xã có trụ sở đã đưa vào sử dụng đến tháng 9/2023 đạt 62,3% (6.230/10.000 đơn vị); "
                        + "chỉ tiêu 100% vào tháng 12/2025; với tốc độ hiện nay, dự kiến đạt chỉ tiêu vào tháng "
                        + "8/2026, chậm 8 tháng so với thời hạn.",
                "Tỷ lệ báo cáo đầy đủ đạt 97,8% (117.360/120.000 lượt báo cáo của các đơn vị cấp xã), đúng hạn "
                        + "91,2%; thấp nhất: Tỉnh Hà Giang (87,2%)."), text.paragraphs());
    }

    @Test
    void englishVersion() {
        ConferenceSummary.Text text = summary.write(ReportText.en(ReportFixtures.LABELS));
        assertEquals("From 10/2022 to 9/2023, commune-level police nationwide detected more than 22 thousand crimes "
                + "and legal violations, up 5.2% on the same period a year earlier; arrested or handled nearly 34 "
                + "thousand subjects, down 3.2% on the same period a year earlier.", text.paragraphs().get(0));
        assertEquals("Crime solve rate reached 78.5% (a year earlier 76.1%), meeting the target (above 75%); "
                + "2 of 3 provinces met the target.", text.paragraphs().get(2));
        assertTrue(text.paragraphs().get(3).contains("the target is 100% by 12/2025; at the current pace it would "
                + "be met in 8/2026, 8 months after the deadline"), text.paragraphs().get(3));
    }

    @Test
    void aMissedTargetSaysByHowMuch() {
        ReportFigures.WindowFigure low = new ReportFigures.WindowFigure("solve_rate", "VN", null, 0.731, null, ">", 0.75);
        ReportFigures lowered = new ReportFigures(figures.window(), figures.geography(), figures.version(),
                figures.nationMonthly(), List.of(low), List.of(), List.of(), java.util.Optional.empty(),
                figures.ratioMetrics());
        ConferenceSummary.Text text = new ConferenceSummary(lowered, ReportPlan.bundled(),
                new ProvinceNames(ReferenceData.bundled())).write(ReportText.vi(ReportFixtures.LABELS));
        assertTrue(text.paragraphs().contains("Tỷ lệ điều tra làm rõ các vụ phạm tội đạt 73,1%, chưa đạt chỉ tiêu "
                + "(trên 75%), còn cách 1,9 điểm phần trăm."), text.paragraphs().toString());
    }

    @Test
    void theFiguresLeaveOutMonthsOutsideTheWindowAndUnitsWithoutValue() {
        assertEquals(120_000L, figures.nationReporting().orElseThrow().expected());
        assertEquals(4, figures.provinceRanking().size(), "the ranking rows as read");
        assertTrue(figures.isRatio("solve_rate"));
        assertTrue(!figures.isRatio("crimes_and_violations"));
        assertEquals(24, figures.monthly("crimes_and_violations").size());
    }
}
