package vn.diemtua.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.warehouse.Warehouse;

/**
 * Where the window comparison rows come from (rows of {@code WindowValuesSchema}: each metric over
 * the window against the same window a year earlier, for the provinces and the nation).
 */
@FunctionalInterface
public interface WindowValuesSource {
    /**
     * @param version      the table versions the report reads; a source reading other tables reads them there
     * @param metricValues {@code metric_values} at {@code version}
     */
    Dataset<Row> compute(Warehouse warehouse, DataVersion version, Dataset<Row> metricValues, String geography,
                         ReportWindow window);
}
