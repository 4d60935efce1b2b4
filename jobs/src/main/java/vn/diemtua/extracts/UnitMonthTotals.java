package vn.diemtua.extracts;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.HeadquartersStatus;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.SubmissionKey;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

/**
 * {@code province_month} and {@code nation_month}: per unit and month, every count key summed
 * over the units that reported it (a stock is the month's value, so its sum over units is the
 * month's total; null when no unit reported the key), the units reporting, and for the status and
 * flag stocks the number of units in each state. Both share one layout so they can be stacked.
 */
public final class UnitMonthTotals {
    public static final String UNITS_REPORTED = "units_reported";
    /** Suffixes of the flag counts: units answering "có" (yes) and "không" (no). */
    public static final String FLAG_YES = "_co";
    public static final String FLAG_NO = "_khong";
    static final String NATION_NAME = "Việt Nam";

    private UnitMonthTotals() {
    }

    /**
     * Totals per province and month.
     *
     * @param communeRows rows shaped by {@link CommuneMonthExtract}
     * @param geography   {@code as_reported}: the province of the month; {@code current}: today's
     * @param units       the {@code units} reference table, for province names valid in a month
     */
    public static Dataset<Row> byProvince(Dataset<Row> communeRows, String geography, Dataset<Row> units) {
        String provinceColumn = MetricValuesSchema.CURRENT.equals(geography)
                ? CommuneMonthExtract.CURRENT_PROVINCE_CODE : CommuneMonthSchema.PROVINCE_CODE;
        Dataset<Row> totals = communeRows
                .groupBy(col(provinceColumn).as(MetricValuesSchema.UNIT_CODE), col(SubmissionKey.KY_BAO_CAO.key()))
                .agg(first(), rest());
        Dataset<Row> names = broadcast(provinceNames(units, geography));
        Column month = col(SubmissionKey.KY_BAO_CAO.key());
        Column valid = col("_valid_from").isNull().or(col("_valid_from").leq(month))
                .and(col("_valid_to").isNull().or(month.lt(col("_valid_to"))));
        Dataset<Row> named = totals.join(names, col(MetricValuesSchema.UNIT_CODE).equalTo(col("_code")).and(valid), "left");
        return layout(named, lit(MetricValuesSchema.PROVINCE), col(MetricValuesSchema.UNIT_CODE), col("_name"));
    }

    /** Totals for the nation per month. */
    public static Dataset<Row> forNation(Dataset<Row> communeRows) {
        Dataset<Row> totals = communeRows.groupBy(col(SubmissionKey.KY_BAO_CAO.key())).agg(first(), rest());
        return layout(totals, lit(MetricValuesSchema.NATION), lit(MetricValuesSchema.NATION_CODE), lit(NATION_NAME));
    }

    /** The province names of the geography: valid in the row's month, or today's for {@code current}. */
    private static Dataset<Row> provinceNames(Dataset<Row> units, String geography) {
        Dataset<Row> periods = units.select(col("province_code"), col("province_name"), col("valid_from"), col("valid_to"));
        if (MetricValuesSchema.CURRENT.equals(geography)) {
            // Today's names for every month: valid-from dropped so re-based earlier months match too.
            periods = periods.where(col("valid_to").isNull()).withColumn("valid_from", lit(null).cast(DataTypes.DateType));
        }
        // One name per code and period even if the list spells a province two ways.
        return periods.groupBy(col("province_code").as("_code"), col("valid_from").as("_valid_from"),
                        col("valid_to").as("_valid_to"))
                .agg(min(col("province_name")).as("_name"));
    }

    /** A column of the totals: its name and how it adds up the unit rows. */
    record Total(String name, Column aggregate) {
    }

    /** The total columns, in the order they appear in the datasets (after the key columns). */
    static List<Total> totals() {
        List<Total> totals = new ArrayList<>();
        totals.add(new Total(UNITS_REPORTED, count(lit(1))));
        for (SubmissionKey key : SubmissionKey.values()) {
            Column value = col(key.key());
            switch (key.kind()) {
                case FLOW, STOCK_COUNT -> totals.add(new Total(key.key(), sum(value)));
                case STOCK_STATUS -> {
                    for (HeadquartersStatus status : HeadquartersStatus.values()) {
                        totals.add(new Total(key.key() + "_" + status.code(), count_if(value.equalTo(lit(status.code())))));
                    }
                }
                case STOCK_FLAG -> {
                    totals.add(new Total(key.key() + FLAG_YES, count_if(value.equalTo(lit(true)))));
                    totals.add(new Total(key.key() + FLAG_NO, count_if(value.equalTo(lit(false)))));
                }
                case CODE, TEXT, MONTH, DATE -> {
                    // identifiers and free text: nothing to add up
                }
            }
        }
        return totals;
    }

    private static Column first() {
        Total total = totals().get(0);
        return total.aggregate().as(total.name());
    }

    private static Column[] rest() {
        return totals().stream().skip(1).map(t -> t.aggregate().as(t.name())).toArray(Column[]::new);
    }

    private static Dataset<Row> layout(Dataset<Row> totals, Column level, Column unitCode, Column unitName) {
        List<Column> columns = new ArrayList<>();
        columns.add(level.as(MetricValuesSchema.LEVEL));
        columns.add(unitCode.as(MetricValuesSchema.UNIT_CODE));
        columns.add(unitName.cast(DataTypes.StringType).as(MetricValuesSchema.UNIT_NAME));
        columns.add(col(SubmissionKey.KY_BAO_CAO.key()));
        for (Total total : totals()) {
            columns.add(col(total.name()));
        }
        return totals.select(columns.toArray(Column[]::new));
    }
}
