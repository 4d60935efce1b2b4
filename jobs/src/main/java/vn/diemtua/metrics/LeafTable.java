package vn.diemtua.metrics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.metrics.formula.Leaf;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.SubmissionKey;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The catalog's leaves for every unit and month, at each requested level and geography:
 * {@code geography, level, unit_code, ky_bao_cao}, one DOUBLE column per leaf
 * ({@link MetricCatalog#leafColumn}), and the flags {@code rebased}, {@code apportioned}.
 *
 * <p>Leaves are summed over units exactly (BIGINT, or decimals for fractional row values), so a
 * total never depends on the order Spark adds rows in: a full rebuild and an incremental run give
 * identical numbers.
 *
 * <p>Re-basing to the current geography, for months before the reorganisation:
 * <ul>
 *   <li>provinces through the province crosswalk: each old province went whole into one new one,
 *       so new-province figures are exact sums of old-province figures (never through the
 *       commune crosswalk, which has at least one commune pointing into another province);</li>
 *   <li>the nation unchanged;</li>
 *   <li>communes through the commune crosswalk: an old commune split into n new communes gives
 *       each of them 1/n of every leaf (flows, stock counts and unit counts alike: the equal-split
 *       rule), and the new commune-month is flagged {@code apportioned}.</li>
 * </ul>
 * From the reorganisation on, the current geography is the geography as reported.
 */
public final class LeafTable {
    public static final String GEOGRAPHY = MetricValuesSchema.GEOGRAPHY;
    public static final String LEVEL = MetricValuesSchema.LEVEL;
    public static final String UNIT = MetricValuesSchema.UNIT_CODE;
    public static final String MONTH = MetricValuesSchema.KY_BAO_CAO;
    public static final String REBASED = "rebased";
    public static final String APPORTIONED = "apportioned";

    private LeafTable() {
    }

    /**
     * @param unitMonths  the frame of {@link UnitMonths#of}
     * @param geographies which geographies to compute
     * @param levels      which levels; districts only exist as reported, before the reorganisation
     */
    public static Dataset<Row> build(Dataset<Row> unitMonths, MetricCatalog catalog, MetricsReference reference,
                                     Set<Geography> geographies, Set<Level> levels) {
        return new Builder(unitMonths, catalog, reference).build(geographies, levels);
    }

    private static final class Builder {
        private final SparkSession spark;
        private final MetricCatalog catalog;
        private final MetricsReference reference;
        private final Dataset<Row> commune;
        private final Column beforeReorganisation;

        Builder(Dataset<Row> unitMonths, MetricCatalog catalog, MetricsReference reference) {
            this.spark = unitMonths.sparkSession();
            this.catalog = catalog;
            this.reference = reference;
            List<Column> columns = new ArrayList<>(List.of(
                    col(SubmissionKey.MA_XA.key()).as(UNIT), col(MONTH),
                    col(CommuneMonthSchema.PROVINCE_CODE), col(CommuneMonthSchema.DISTRICT_CODE)));
            for (Leaf leaf : catalog.leaves()) {
                columns.add(leaf.rowValue().as(catalog.leafColumn(leaf)));
            }
            this.commune = unitMonths.select(columns.toArray(Column[]::new));
            this.beforeReorganisation = col(MONTH).lt(lit(Date.valueOf(reference.reorganisation())));
        }

        Dataset<Row> build(Set<Geography> geographies, Set<Level> levels) {
            boolean asReported = geographies.contains(Geography.AS_REPORTED);
            boolean current = geographies.contains(Geography.CURRENT);
            if (!asReported && !current) {
                throw new IllegalArgumentException("no geography to compute");
            }
            List<Dataset<Row>> parts = new ArrayList<>();
            if (levels.contains(Level.COMMUNE)) {
                parts.add(finish(commune, Level.COMMUNE, sharedFromReorganisation(asReported, current), false));
                if (current) {
                    parts.add(rebasedCommunes());
                }
            }
            if (levels.contains(Level.DISTRICT) && asReported) {
                Dataset<Row> districts = aggregate(commune.where(col(CommuneMonthSchema.DISTRICT_CODE).isNotNull()),
                        col(CommuneMonthSchema.DISTRICT_CODE).as(UNIT), Function.identity());
                parts.add(finish(districts, Level.DISTRICT, geographies(true, false), false));
            }
            if (levels.contains(Level.PROVINCE) || levels.contains(Level.NATION)) {
                Dataset<Row> provinces = aggregate(commune, col(CommuneMonthSchema.PROVINCE_CODE).as(UNIT), Function.identity());
                if (levels.contains(Level.PROVINCE)) {
                    parts.add(finish(provinces, Level.PROVINCE, sharedFromReorganisation(asReported, current), false));
                    if (current) {
                        parts.add(rebasedProvinces(provinces));
                    }
                }
                if (levels.contains(Level.NATION)) {
                    Dataset<Row> nation = aggregate(provinces, lit(MetricValuesSchema.NATION_CODE).as(UNIT), Function.identity());
                    parts.add(finish(nation, Level.NATION, geographies(asReported, current), false));
                }
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("no level to compute");
            }
            Dataset<Row> all = parts.get(0);
            for (Dataset<Row> part : parts.subList(1, parts.size())) {
                all = all.unionByName(part);
            }
            return all;
        }

        /** As-reported rows also stand for the current geography from the reorganisation on. */
        private Column sharedFromReorganisation(boolean asReported, boolean current) {
            return when(beforeReorganisation, geographies(asReported, false)).otherwise(geographies(asReported, current));
        }

        private static Column geographies(boolean asReported, boolean current) {
            List<Column> codes = new ArrayList<>();
            if (asReported) {
                codes.add(lit(Geography.AS_REPORTED.code()));
            }
            if (current) {
                codes.add(lit(Geography.CURRENT.code()));
            }
            return codes.isEmpty() ? array().cast("array<string>") : array(codes.toArray(Column[]::new));
        }

        /** Old communes' leaves times their share (whole 1/scale units), summed per new commune. */
        private Dataset<Row> rebasedCommunes() {
            Dataset<Row> old = commune.where(beforeReorganisation)
                    .join(broadcast(reference.communeLinks(spark)), col(UNIT).equalTo(col(MetricsReference.CODE)));
            Column share = col(MetricsReference.SHARE);
            Dataset<Row> rebased = aggregate(old, col(MetricsReference.NEW_CODE).as(UNIT), value -> value.multiply(share),
                    max(col(MetricsReference.SPLIT)).as(APPORTIONED));
            double scale = reference.shareScale();
            for (Leaf leaf : catalog.leaves()) {
                String name = catalog.leafColumn(leaf);
                rebased = rebased.withColumn(name, col(name).cast("double").divide(lit(scale)));
            }
            return finish(rebased, Level.COMMUNE, geographies(false, true), true);
        }

        private Dataset<Row> rebasedProvinces(Dataset<Row> provinces) {
            Dataset<Row> old = provinces.where(beforeReorganisation)
                    .join(broadcast(reference.provinceLinks(spark)), col(UNIT).equalTo(col(MetricsReference.CODE)), "left");
            Dataset<Row> rebased = aggregate(old, coalesce(col(MetricsReference.NEW_CODE), col(UNIT)).as(UNIT), Function.identity());
            return finish(rebased, Level.PROVINCE, geographies(false, true), true);
        }

        /** Combines leaves over the units of a group and month: sums, or min/max. */
        private Dataset<Row> aggregate(Dataset<Row> rows, Column unit, Function<Column, Column> share, Column... extra) {
            List<Column> aggregates = new ArrayList<>();
            for (Leaf leaf : catalog.leaves()) {
                String name = catalog.leafColumn(leaf);
                Column value = share.apply(col(name));
                Column combined = switch (leaf.aggregation()) {
                    case MIN -> min(value);
                    case MAX -> max(value);
                    default -> sum(value);
                };
                aggregates.add(combined.as(name));
            }
            aggregates.addAll(List.of(extra));
            return rows.groupBy(unit, col(MONTH))
                    .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
        }

        /** The output columns: one row per geography in the array, leaves as DOUBLE, flags. */
        private Dataset<Row> finish(Dataset<Row> rows, Level level, Column geographies, boolean rebased) {
            List<Column> columns = new ArrayList<>();
            columns.add(explode(geographies).as(GEOGRAPHY));
            columns.add(lit(level.code()).as(LEVEL));
            columns.add(col(UNIT));
            columns.add(col(MONTH));
            for (Leaf leaf : catalog.leaves()) {
                String name = catalog.leafColumn(leaf);
                columns.add(col(name).cast("double").as(name));
            }
            columns.add(lit(rebased).as(REBASED));
            columns.add((rebased && level == Level.COMMUNE ? col(APPORTIONED) : lit(false)).as(APPORTIONED));
            return rows.select(columns.toArray(Column[]::new));
        }
    }
}
