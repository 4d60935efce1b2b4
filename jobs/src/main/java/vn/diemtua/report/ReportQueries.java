package vn.diemtua.report;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static vn.diemtua.model.MetricValuesSchema.GEOGRAPHY;
import static vn.diemtua.model.MetricValuesSchema.KY_BAO_CAO;
import static vn.diemtua.model.MetricValuesSchema.LEVEL;
import static vn.diemtua.model.MetricValuesSchema.METRIC_ID;
import static vn.diemtua.model.MetricValuesSchema.NATION;
import static vn.diemtua.model.MetricValuesSchema.PROVINCE;
import static vn.diemtua.model.MetricValuesSchema.UNIT_CODE;

/**
 * The figures a report shows, cut out of the tables: plain {@code Dataset -> Dataset} functions,
 * each small enough to collect (metrics × months, provinces × months), one Spark job each.
 */
public final class ReportQueries {
    /** Columns of {@code reporting_rates}. */
    public static final String EXPECTED_UNITS = "expected_units";
    public static final String REPORTED_UNITS = "reported_units";
    public static final String ON_TIME_UNITS = "on_time_units";
    public static final String COMPLETENESS = "completeness";

    private ReportQueries() {
    }

    /** National monthly rows of the given metrics up to the window's last month, oldest first. */
    public static Dataset<Row> nationMonthly(Dataset<Row> metricValues, String geography, Collection<String> metricIds,
                                             YearMonth until) {
        return metricValues
                .filter(col(GEOGRAPHY).equalTo(lit(geography))
                        .and(col(LEVEL).equalTo(lit(NATION)))
                        .and(col(METRIC_ID).isin(metricIds.toArray()))
                        .and(col(KY_BAO_CAO).leq(date(until))))
                .orderBy(col(METRIC_ID), col(KY_BAO_CAO));
    }

    /**
     * The window comparison rows the report shows: the nation for {@code nationMetrics}, the
     * provinces for {@code provinceMetrics}.
     */
    public static Dataset<Row> windowRows(Dataset<Row> windowValues, String geography, Collection<String> nationMetrics,
                                          Collection<String> provinceMetrics) {
        return windowValues
                .filter(col(GEOGRAPHY).equalTo(lit(geography))
                        .and(col(LEVEL).equalTo(lit(NATION)).and(col(METRIC_ID).isin(nationMetrics.toArray()))
                                .or(col(LEVEL).equalTo(lit(PROVINCE))
                                        .and(col(METRIC_ID).isin(provinceMetrics.toArray())))))
                .orderBy(col(METRIC_ID), col(LEVEL), col(UNIT_CODE));
    }

    /** Province and national rows of {@code reporting_rates} inside the window. */
    public static Dataset<Row> reporting(Dataset<Row> reportingRates, ReportWindow window) {
        return reportingRates
                .filter(col(LEVEL).isin(PROVINCE, NATION)
                        .and(col(KY_BAO_CAO).between(date(window.from()), date(window.to()))))
                .select(col(LEVEL), col(UNIT_CODE), col(KY_BAO_CAO), col(EXPECTED_UNITS), col(REPORTED_UNITS),
                        col(ON_TIME_UNITS), col(COMPLETENESS))
                .orderBy(col(LEVEL), col(UNIT_CODE), col(KY_BAO_CAO));
    }

    private static Column date(YearMonth month) {
        return lit(Date.valueOf(month.atDay(1)));
    }
}
