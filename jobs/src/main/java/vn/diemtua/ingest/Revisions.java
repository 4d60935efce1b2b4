package vn.diemtua.ingest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;

import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Versions and revisions of unit-months, as plain transformations of frames of
 * {@link CommuneMonthSchema#versionSchema()}.
 *
 * <p>A version is a distinct (unit, month, values, sending date): the same values sent again with
 * the same {@code ngay_gui} add nothing; with a later {@code ngay_gui} they add a version (it decides
 * which values are current) but not a revision. The current version of a unit-month is the one with
 * the latest {@code ngay_gui} (none is oldest), then the latest {@code ingested_at}, then the last
 * by file, sheet and row (files of one run share {@code ingested_at}); its {@code revision} is the
 * number of distinct value sets the unit-month has had. Both depend only on the set of versions,
 * not on the order files arrived in.
 */
public final class Revisions {
    public static final String MA_XA = SubmissionKey.MA_XA.key();
    public static final String KY_BAO_CAO = SubmissionKey.KY_BAO_CAO.key();
    private static final String NGAY_GUI = SubmissionKey.NGAY_GUI.key();
    private static final String ORDINAL = "_ordinal";
    private static final String KNOWN = "_known";
    private static final String IS_NEW = "_is_new";

    private Revisions() {
    }

    /** Where a row came from, first to last: the order that picks one row among equals. */
    private static Column[] sourceOrder() {
        return new Column[]{col(CommuneMonthSchema.SOURCE_FILE), col(CommuneMonthSchema.SHEET),
                col(CommuneMonthSchema.ROW_NUMBER)};
    }

    /** One row per distinct version of a batch: the first by file, sheet and row. */
    public static Dataset<Row> distinctVersions(Dataset<Row> batchVersions) {
        WindowSpec sameVersion = Window.partitionBy(col(MA_XA), col(KY_BAO_CAO), col(CommuneMonthSchema.VALUES_HASH),
                col(NGAY_GUI)).orderBy(sourceOrder());
        return batchVersions.withColumn(ORDINAL, row_number().over(sameVersion))
                .where(col(ORDINAL).equalTo(1)).drop(ORDINAL);
    }

    /**
     * Per source file, how many of its accepted rows brought values its unit-month had never had
     * ({@code new_revisions}: counted once, for the first row by file, sheet and row) and how many
     * did not ({@code unchanged}).
     *
     * @param existing the versions already stored (only the unit-months of the batch matter)
     */
    public static Dataset<Row> revisionCounts(Dataset<Row> batchVersions, Dataset<Row> existing) {
        List<String> valueKey = List.of(MA_XA, KY_BAO_CAO, CommuneMonthSchema.VALUES_HASH);
        Dataset<Row> known = existing.select(MA_XA, KY_BAO_CAO, CommuneMonthSchema.VALUES_HASH).distinct()
                .withColumn(KNOWN, lit(true));
        WindowSpec sameValues = Window.partitionBy(valueKey.stream().map(c -> col(c)).toArray(Column[]::new))
                .orderBy(sourceOrder());
        Column isNew = col(KNOWN).isNull().and(row_number().over(sameValues).equalTo(1));
        return batchVersions
                .join(known, scala.jdk.javaapi.CollectionConverters.asScala(valueKey).toSeq(), "left")
                .withColumn(IS_NEW, isNew)
                .groupBy(CommuneMonthSchema.SOURCE_FILE)
                .agg(sum(when(col(IS_NEW), lit(1L)).otherwise(lit(0L))).as(IngestSchemas.NEW_REVISIONS),
                        sum(when(col(IS_NEW), lit(0L)).otherwise(lit(1L))).as(IngestSchemas.UNCHANGED));
    }

    /** The current version of each unit-month of {@code versions}, with its revision (currentSchema). */
    public static Dataset<Row> current(Dataset<Row> versions) {
        WindowSpec unitMonth = Window.partitionBy(col(MA_XA), col(KY_BAO_CAO));
        Column[] latestFirst = {col(NGAY_GUI).desc_nulls_last(), col(CommuneMonthSchema.INGESTED_AT).desc(),
                col(CommuneMonthSchema.SOURCE_FILE).desc(), col(CommuneMonthSchema.SHEET).desc(),
                col(CommuneMonthSchema.ROW_NUMBER).desc()};
        Dataset<Row> ranked = versions
                .withColumn(CommuneMonthSchema.REVISION,
                        size(collect_set(col(CommuneMonthSchema.VALUES_HASH)).over(unitMonth)).cast(DataTypes.IntegerType))
                .withColumn(ORDINAL, row_number().over(unitMonth.orderBy(latestFirst)))
                .where(col(ORDINAL).equalTo(1));
        return ranked.select(Arrays.stream(CommuneMonthSchema.currentSchema().fieldNames()).map(c -> col(c))
                .toArray(Column[]::new));
    }
}
