package vn.diemtua.charts;

import java.util.List;

/** A named series of monthly values, in month order. */
public record MonthlySeries(String label, List<MonthValue> points) {
    public MonthlySeries {
        points = List.copyOf(points);
    }
}
