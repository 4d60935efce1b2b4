package vn.diemtua.report;

/** The names of metrics, by id; an unknown id is named by itself rather than failing a report. */
public interface MetricLabels {
    MetricInfo of(String metricId);
}
