package vn.diemtua.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a report is drawn from: the tables as read (at the versions of {@code version}) and the
 * window comparison computed from them.
 *
 * @param metricValues   rows of {@code MetricValuesSchema}
 * @param reportingRates rows of {@code reporting_rates}
 * @param windowValues   rows of {@code WindowValuesSchema} for {@code window}
 * @param geography      {@code as_reported} or {@code current}
 */
public record ReportInputs(ReportWindow window, String geography, Dataset<Row> metricValues,
                           Dataset<Row> reportingRates, Dataset<Row> windowValues, DataVersion version) {
}
