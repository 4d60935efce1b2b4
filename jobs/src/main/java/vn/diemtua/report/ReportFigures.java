package vn.diemtua.report;

import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static vn.diemtua.model.MetricValuesSchema.DENOMINATOR;
import static vn.diemtua.model.MetricValuesSchema.KY_BAO_CAO;
import static vn.diemtua.model.MetricValuesSchema.LEVEL;
import static vn.diemtua.model.MetricValuesSchema.METRIC_ID;
import static vn.diemtua.model.MetricValuesSchema.NATION;
import static vn.diemtua.model.MetricValuesSchema.NUMERATOR;
import static vn.diemtua.model.MetricValuesSchema.ON_TRACK;
import static vn.diemtua.model.MetricValuesSchema.PROJECTED_MONTH;
import static vn.diemtua.model.MetricValuesSchema.PROVINCE;
import static vn.diemtua.model.MetricValuesSchema.TARGET_DEADLINE;
import static vn.diemtua.model.MetricValuesSchema.TARGET_OPERATOR;
import static vn.diemtua.model.MetricValuesSchema.TARGET_VALUE;
import static vn.diemtua.model.MetricValuesSchema.UNIT_CODE;
import static vn.diemtua.model.MetricValuesSchema.UNIT_NAME;
import static vn.diemtua.model.MetricValuesSchema.VALUE;
import static vn.diemtua.model.WindowValuesSchema.PRIOR_VALUE;
import static vn.diemtua.model.WindowValuesSchema.WINDOW_VALUE;

/**
 * The figures of one report, collected to the driver once (a few hundred rows) and then used by
 * the charts, the summary and the tables alike, so that they always agree.
 *
 * @param nationMonthly     national monthly values of the plan's metrics up to the window's end
 * @param nationWindow      national window comparison of the plan's metrics
 * @param provinceRanking   province window values of the ranked metric
 * @param provinceReporting province reporting rates per month of the window
 * @param nationReporting   national reporting totals over the window, if reported
 * @param ratioMetrics      the metrics that are ratios, shown as percentages: the catalog says percent, or
 *                          their rows have a denominator
 */
public record ReportFigures(ReportWindow window, String geography, DataVersion version,
                           List<MonthlyFigure> nationMonthly, List<WindowFigure> nationWindow,
                           List<WindowFigure> provinceRanking, List<ReportingFigure> provinceReporting,
                           Optional<ReportingTotals> nationReporting, Set<String> ratioMetrics) {

    /** One month of a metric, with its target columns. */
    public record MonthlyFigure(String metricId, YearMonth month, Double value, Double numerator,
                                Double denominator, String targetOperator, Double targetValue,
                                YearMonth targetDeadline, YearMonth projectedMonth, Boolean onTrack) {
    }

    /** A metric over the window against the same window a year earlier, for one unit. */
    public record WindowFigure(String metricId, String unitCode, String unitName, Double value, Double prior,
                               String targetOperator, Double targetValue) {
        /** The relative change, or null without a positive prior value. */
        public Double change() {
            return value == null || prior == null || !(prior > 0) ? null : (value - prior) / prior;
        }
    }

    /** One province-month of {@code reporting_rates}. */
    public record ReportingFigure(String unitCode, YearMonth month, long expected, long reported, long onTime,
                                  Double completeness) {
    }

    /** Reports expected, received, and received on time over the window. */
    public record ReportingTotals(long expected, long reported, long onTime) {
        public double completeness() {
            return (double) reported / expected;
        }

        public double onTimeShare() {
            return (double) onTime / expected;
        }
    }

    public ReportFigures {
        nationMonthly = List.copyOf(nationMonthly);
        nationWindow = List.copyOf(nationWindow);
        provinceRanking = List.copyOf(provinceRanking);
        provinceReporting = List.copyOf(provinceReporting);
        ratioMetrics = Set.copyOf(ratioMetrics);
    }

    /** Runs the report's queries on the inputs and collects their rows. */
    public static ReportFigures collect(ReportInputs inputs, ReportPlan plan, MetricLabels labels) {
        ReportWindow window = inputs.window();
        List<MonthlyFigure> monthly = ReportQueries
                .nationMonthly(inputs.metricValues(), inputs.geography(), plan.allMetrics(), window.to())
                .collectAsList().stream().map(ReportFigures::monthly).toList();
        List<Row> windowRows = ReportQueries.windowRows(inputs.windowValues(), inputs.geography(), plan.allMetrics(),
                List.of(plan.ranking())).collectAsList();
        List<WindowFigure> nationWindow = windowRows.stream().filter(r -> NATION.equals(r.getAs(LEVEL)))
                .map(ReportFigures::windowFigure).toList();
        List<WindowFigure> ranking = windowRows.stream().filter(r -> PROVINCE.equals(r.getAs(LEVEL)))
                .map(ReportFigures::windowFigure).toList();
        List<Row> reportingRows = ReportQueries.reporting(inputs.reportingRates(), window).collectAsList();
        List<ReportingFigure> reporting = reportingRows.stream().filter(r -> PROVINCE.equals(r.getAs(LEVEL)))
                .map(ReportFigures::reporting).toList();
        List<ReportingFigure> nation = reportingRows.stream().filter(r -> NATION.equals(r.getAs(LEVEL)))
                .map(ReportFigures::reporting).toList();
        long expected = nation.stream().mapToLong(ReportingFigure::expected).sum();
        Optional<ReportingTotals> nationReporting = expected == 0 ? Optional.empty()
                : Optional.of(new ReportingTotals(expected, nation.stream().mapToLong(ReportingFigure::reported).sum(),
                nation.stream().mapToLong(ReportingFigure::onTime).sum()));
        Set<String> ratios = new HashSet<>();
        plan.allMetrics().stream().filter(id -> labels.of(id).percent()).forEach(ratios::add);
        for (MonthlyFigure figure : monthly) {
            if (figure.denominator() != null) {
                ratios.add(figure.metricId());
            }
        }
        return new ReportFigures(window, inputs.geography(), inputs.version(), monthly, nationWindow, ranking,
                reporting, nationReporting, ratios);
    }

    private static MonthlyFigure monthly(Row row) {
        return new MonthlyFigure(row.getAs(METRIC_ID), month(row, KY_BAO_CAO), row.getAs(VALUE), row.getAs(NUMERATOR),
                row.getAs(DENOMINATOR), row.getAs(TARGET_OPERATOR), row.getAs(TARGET_VALUE),
                month(row, TARGET_DEADLINE), month(row, PROJECTED_MONTH), row.getAs(ON_TRACK));
    }

    private static WindowFigure windowFigure(Row row) {
        return new WindowFigure(row.getAs(METRIC_ID), row.getAs(UNIT_CODE), row.getAs(UNIT_NAME),
                row.getAs(WINDOW_VALUE), row.getAs(PRIOR_VALUE), row.getAs(TARGET_OPERATOR), row.getAs(TARGET_VALUE));
    }

    private static ReportingFigure reporting(Row row) {
        return new ReportingFigure(row.getAs(UNIT_CODE), month(row, KY_BAO_CAO), count(row, ReportQueries.EXPECTED_UNITS),
                count(row, ReportQueries.REPORTED_UNITS), count(row, ReportQueries.ON_TIME_UNITS),
                row.getAs(ReportQueries.COMPLETENESS));
    }

    private static long count(Row row, String column) {
        Object value = row.getAs(column);
        return value == null ? 0L : ((Number) value).longValue();
    }

    private static YearMonth month(Row row, String column) {
        Object value = row.getAs(column);
        // java.sql.Date by default, LocalDate when the session enables the Java 8 time API.
        if (value instanceof Date date) {
            return YearMonth.from(date.toLocalDate());
        }
        return value == null ? null : YearMonth.from((LocalDate) value);
    }

    /** The national monthly values of one metric that have a value, oldest first. */
    public List<MonthlyFigure> monthly(String metricId) {
        List<MonthlyFigure> out = new ArrayList<>();
        for (MonthlyFigure figure : nationMonthly) {
            if (figure.metricId().equals(metricId) && figure.value() != null) {
                out.add(figure);
            }
        }
        return out;
    }

    /** The national window figure of a metric, if it has a value. */
    public Optional<WindowFigure> nation(String metricId) {
        return nationWindow.stream().filter(f -> f.metricId().equals(metricId) && f.value() != null).findFirst();
    }

    public boolean isRatio(String metricId) {
        return ratioMetrics.contains(metricId);
    }
}
