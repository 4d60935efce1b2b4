package vn.diemtua.metrics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.model.MetricValuesSchema;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

/** Adds {@code unit_name} and {@code parent_code} from the reference list valid at a given month. */
final class UnitNames {
    private UnitNames() {
    }

    /**
     * @param rows      has {@code level} and {@code unit_code}
     * @param nameMonth the month whose unit list names the row (a code may name different units
     *                  before and after the reorganisation)
     */
    static Dataset<Row> attach(Dataset<Row> rows, MetricsReference reference, Column nameMonth) {
        Dataset<Row> names = reference.names(rows.sparkSession()).as("names");
        Column validFrom = col("names." + MetricsReference.VALID_FROM);
        Column validTo = col("names." + MetricsReference.VALID_TO);
        Column match = col("rows." + MetricValuesSchema.LEVEL).equalTo(col("names." + MetricValuesSchema.LEVEL))
                .and(col("rows." + MetricValuesSchema.UNIT_CODE).equalTo(col("names." + MetricsReference.CODE)))
                .and(validFrom.isNull().or(nameMonth.geq(validFrom)))
                .and(validTo.isNull().or(nameMonth.lt(validTo)));
        return rows.as("rows").join(broadcast(names), match, "left")
                .select(col("rows.*"), col("names." + MetricsReference.NAME).as(MetricValuesSchema.UNIT_NAME),
                        col("names." + MetricsReference.PARENT).as(MetricValuesSchema.PARENT_CODE));
    }
}
