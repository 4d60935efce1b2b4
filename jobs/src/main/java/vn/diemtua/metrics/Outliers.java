package vn.diemtua.metrics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

/**
 * {@code outliers}: a unit's flow value far outside its own history. The history is the unit's
 * values of that key in the {@value #HISTORY_MONTHS} months before (a code names a different unit
 * before and after the reorganisation, so histories never cross it); with at least
 * {@value #MIN_HISTORY} of them, a value is an outlier when it lies outside
 * median ± {@value #THRESHOLD} × max(1.4826 × MAD, {@value #SCALE_FLOOR}): the robust z-score
 * of Iglewicz and Hoaglin, with a floor so that a unit whose count is almost always 0 is not
 * flagged for a 1.
 */
public final class Outliers {
    public static final int HISTORY_MONTHS = 24;
    public static final int MIN_HISTORY = 12;
    public static final double THRESHOLD = 3.5;
    public static final double SCALE_FLOOR = 1.0;
    /** MAD × 1.4826 estimates the standard deviation of normal data. */
    static final double MAD_TO_SD = 1.4826;

    public static final String KEY = "key";
    public static final String VALUE = "value";
    public static final String MEDIAN = "median";
    public static final String MAD = "mad";
    public static final String EXPECTED_LOW = "expected_low";
    public static final String EXPECTED_HIGH = "expected_high";
    public static final String HISTORY = "history_months";

    private Outliers() {
    }

    public static StructType schema() {
        return new StructType()
                .add(SubmissionKey.MA_XA.key(), DataTypes.StringType, false)
                .add(SubmissionKey.KY_BAO_CAO.key(), DataTypes.DateType, false)
                .add(CommuneMonthSchema.PROVINCE_CODE, DataTypes.StringType, false)
                .add(KEY, DataTypes.StringType, false)
                .add(VALUE, DataTypes.LongType, false)
                .add(MEDIAN, DataTypes.DoubleType, false)
                .add(MAD, DataTypes.DoubleType, false)
                .add(EXPECTED_LOW, DataTypes.DoubleType, false)
                .add(EXPECTED_HIGH, DataTypes.DoubleType, false)
                .add(HISTORY, DataTypes.IntegerType, false);
    }

    /**
     * @param communeMonth the rows of the output months and the {@value #HISTORY_MONTHS} months before
     * @param keep         which months to output
     */
    public static Dataset<Row> compute(Dataset<Row> communeMonth, LocalDate reorganisation, Column keep) {
        Column month = col(SubmissionKey.KY_BAO_CAO.key());
        WindowSpec history = Window
                .partitionBy(col(SubmissionKey.MA_XA.key()), month.geq(lit(java.sql.Date.valueOf(reorganisation))))
                .orderBy(Months.index(month))
                .rangeBetween(-HISTORY_MONTHS, -1);
        // One select per step: each median and deviation array is a column of its own, computed once
        // a row. As one expression they were repeated in every use, and array functions with a
        // lambda have no generated code: most of the job's time went there.
        List<Column> histories = new ArrayList<>(List.of(col(SubmissionKey.MA_XA.key()), month,
                col(CommuneMonthSchema.PROVINCE_CODE)));
        List<Column> medians = new ArrayList<>(List.of(col("*")));
        List<Column> deviations = new ArrayList<>(List.of(col("*")));
        List<Column> mads = new ArrayList<>(List.of(col("*")));
        List<Column> candidates = new ArrayList<>();
        for (SubmissionKey key : SubmissionKey.flows()) {
            String k = key.key();
            histories.add(col(k));
            histories.add(sort_array(collect_list(col(k)).over(history)).as(step("h", k)));
            medians.add(median(col(step("h", k))).as(step("median", k)));
            deviations.add(sort_array(transform(col(step("h", k)), x -> abs(x.minus(col(step("median", k))))))
                    .as(step("deviation", k)));
            mads.add(median(col(step("deviation", k))).as(step("mad", k)));
            candidates.add(flagged(k, col(k), size(col(step("h", k))), col(step("median", k)), col(step("mad", k))));
        }
        Column found = filter(array(candidates.toArray(Column[]::new)), Column::isNotNull);
        Column o = col("o");
        return communeMonth.select(histories.toArray(Column[]::new))
                .where(keep)
                .select(medians.toArray(Column[]::new))
                .select(deviations.toArray(Column[]::new))
                .select(mads.toArray(Column[]::new))
                .select(col(SubmissionKey.MA_XA.key()), month, col(CommuneMonthSchema.PROVINCE_CODE), explode(found).as("o"))
                .select(col(SubmissionKey.MA_XA.key()), month, col(CommuneMonthSchema.PROVINCE_CODE),
                        o.getField(KEY).as(KEY), o.getField(VALUE).as(VALUE), o.getField(MEDIAN).as(MEDIAN),
                        o.getField(MAD).as(MAD), o.getField(EXPECTED_LOW).as(EXPECTED_LOW),
                        o.getField(EXPECTED_HIGH).as(EXPECTED_HIGH), o.getField(HISTORY).as(HISTORY));
    }

    private static String step(String what, String key) {
        return what + "_" + key;
    }

    /** The outlier struct for one key of a row, or null when the value is within range. */
    private static Column flagged(String key, Column value, Column n, Column median, Column mad) {
        Column scale = greatest(mad.multiply(MAD_TO_SD), lit(SCALE_FLOOR));
        Column low = greatest(median.minus(scale.multiply(THRESHOLD)), lit(0.0));
        Column high = median.plus(scale.multiply(THRESHOLD));
        Column outside = value.lt(low).or(value.gt(high));
        return when(n.geq(MIN_HISTORY).and(value.isNotNull()).and(outside),
                struct(lit(key).as(KEY), value.as(VALUE), median.as(MEDIAN), mad.as(MAD), low.as(EXPECTED_LOW),
                        high.as(EXPECTED_HIGH), n.as(HISTORY)));
    }

    /** The median of a sorted array: the middle element, or the mean of the two; null when empty. */
    private static Column median(Column sorted) {
        Column n = size(sorted);
        // Index 0 is an error even for try_element_at: an empty array reads index 1, giving null.
        Column lower = try_element_at(sorted, greatest(n.plus(1).divide(2).cast(DataTypes.IntegerType), lit(1)));
        Column upper = try_element_at(sorted, n.divide(2).cast(DataTypes.IntegerType).plus(1));
        return lower.plus(upper).cast(DataTypes.DoubleType).divide(2.0);
    }
}
