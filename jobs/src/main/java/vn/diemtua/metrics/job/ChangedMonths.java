package vn.diemtua.metrics.job;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

/**
 * The unit-months of commune_month that differ between two versions of the table: added,
 * removed, or with any value the metrics read changed (every key, the place codes, the sending
 * date), compared column by column with null-safe equality.
 */
final class ChangedMonths {
    private ChangedMonths() {
    }

    /** Changed unit-months per month; at most one entry per reporting month, so small. */
    static Map<YearMonth, Long> between(Dataset<Row> before, Dataset<Row> after) {
        String code = SubmissionKey.MA_XA.key();
        String month = SubmissionKey.KY_BAO_CAO.key();
        List<String> compared = new ArrayList<>();
        for (SubmissionKey key : SubmissionKey.values()) {
            if (key != SubmissionKey.MA_XA && key != SubmissionKey.KY_BAO_CAO) {
                compared.add(key.key());
            }
        }
        compared.add(CommuneMonthSchema.PROVINCE_CODE);
        compared.add(CommuneMonthSchema.DISTRICT_CODE);
        Dataset<Row> b = before.as("b");
        Dataset<Row> a = after.as("a");
        Column same = col("a." + code).isNotNull().and(col("b." + code).isNotNull());
        for (String c : compared) {
            same = same.and(col("a." + c).eqNullSafe(col("b." + c)));
        }
        List<Row> changed = a.join(b, col("a." + code).equalTo(col("b." + code))
                        .and(col("a." + month).equalTo(col("b." + month))), "full_outer")
                .where(not(same))
                .groupBy(coalesce(col("a." + month), col("b." + month)).as(month))
                .agg(count(lit(1)).as("n"))
                .collectAsList();
        Map<YearMonth, Long> out = new TreeMap<>();
        for (Row row : changed) {
            out.put(YearMonth.from(row.getDate(0).toLocalDate()), row.getLong(1));
        }
        return out;
    }
}
