package vn.diemtua.extracts;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.ReferenceData;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

/**
 * {@code commune_month} of a window: the unit-month rows as submitted (the units valid in their
 * month), with every key typed, {@code revision} and {@code warnings}, plus the province each row
 * belongs to today. Lineage columns (source file, sheet, row, hashes, ingest time) stay in the
 * warehouse: they describe our processing, not the figures.
 */
public final class CommuneMonthExtract {
    /** The province of today's 34 that the row's province went into (itself from 2025-07). */
    public static final String CURRENT_PROVINCE_CODE = "current_province_code";

    private static final Set<String> LINEAGE = Set.of(CommuneMonthSchema.VALUES_HASH, CommuneMonthSchema.SOURCE_FILE,
            CommuneMonthSchema.SHEET, CommuneMonthSchema.ROW_NUMBER, CommuneMonthSchema.FILE_SHA256,
            CommuneMonthSchema.INGESTED_AT);

    private CommuneMonthExtract() {
    }

    /** The columns taken from {@code commune_month}, in the table's order. */
    static StructType tableColumns() {
        return new StructType(Arrays.stream(CommuneMonthSchema.currentSchema().fields())
                .filter(f -> !LINEAGE.contains(f.name()))
                .toArray(StructField[]::new));
    }

    /**
     * @param communeMonth      the {@code commune_month} table
     * @param provinceCrosswalk the {@code province_crosswalk} table (old province to new)
     */
    public static Dataset<Row> of(Dataset<Row> communeMonth, Dataset<Row> provinceCrosswalk, ExtractRequest request) {
        Column month = col(SubmissionKey.KY_BAO_CAO.key());
        Dataset<Row> rows = Frames.conform(communeMonth, tableColumns(), "commune_month")
                .where(month.geq(lit(request.firstMonth())).and(month.leq(lit(request.lastMonth()))));
        Dataset<Row> links = broadcast(provinceCrosswalk.select(
                col("old_province_code").as("_old_province"), col("new_province_code").as("_new_province")));
        Column province = col(CommuneMonthSchema.PROVINCE_CODE);
        Date reorganisation = Date.valueOf(ReferenceData.REORGANISATION);
        // A pre-2025 province missing from the crosswalk would vanish from the current totals: fail instead.
        Column current = when(month.geq(lit(reorganisation)), province)
                .when(col("_new_province").isNotNull(), col("_new_province"))
                .otherwise(raise_error(concat(lit("province_crosswalk has no current province for province "),
                        province, lit(" (commune_month row "), col(SubmissionKey.MA_XA.key()), lit(", "),
                        month.cast(DataTypes.StringType), lit(")"))));
        Dataset<Row> joined = rows.join(links, province.equalTo(col("_old_province")), "left")
                .withColumn(CURRENT_PROVINCE_CODE, current);
        return joined.select(outputColumns().toArray(Column[]::new));
    }

    private static List<Column> outputColumns() {
        List<Column> columns = new ArrayList<>();
        for (StructField field : tableColumns().fields()) {
            columns.add(col(field.name()));
            if (field.name().equals(CommuneMonthSchema.PROVINCE_CODE)) {
                columns.add(col(CURRENT_PROVINCE_CODE).cast(DataTypes.StringType).as(CURRENT_PROVINCE_CODE));
            }
        }
        return columns;
    }
}
