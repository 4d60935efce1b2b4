package vn.diemtua.metrics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.metrics.catalog.Metric;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.metrics.catalog.Target;
import vn.diemtua.metrics.formula.Leaf;
import vn.diemtua.metrics.formula.LeafKind;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.model.TableName;
import vn.diemtua.model.WindowValuesSchema;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.warehouse.Warehouse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

/**
 * A conference window against the same window a year earlier: the public API of the metrics step
 * for {@code report} and {@code extract}.
 *
 * <p>Each metric of the catalog is evaluated over the whole window, the way the monthly figures
 * are: its leaves are recombined over the window's months (flow leaves summed, stock leaves taken
 * at the window's last month, min/max over the months) and over the units of each level, then the
 * formula is applied to the totals, so a ratio is the ratio of the window's totals, never an
 * average of monthly ratios. The prior window is {@code [from − 12 months, to − 12 months]}.
 *
 * <p>Rows follow {@link WindowValuesSchema#schema()}: one per metric, level and unit that has a
 * value in the window or in the prior window. The result is a lazy frame; nothing runs until the
 * caller writes or collects it.
 *
 * <p>Example (a report for October 2022 to September 2023, provinces and the nation, on the tables
 * as they were at Delta version 12 of commune_month):
 * <pre>{@code
 * Dataset<Row> rows = WindowComparison.compute(warehouse, "12", MetricCatalog.bundled(),
 *         Geography.AS_REPORTED, YearMonth.of(2022, 10), YearMonth.of(2023, 9),
 *         EnumSet.of(Level.PROVINCE, Level.NATION));
 * }</pre>
 */
public final class WindowComparison {
    private static final String MONTH = SubmissionKey.KY_BAO_CAO.key();

    private WindowComparison() {
    }

    /**
     * The geography SPEC section 5 prescribes by default: as reported for a window that ends
     * before the reorganisation of 2025-07-01, current otherwise.
     */
    public static Geography defaultGeography(YearMonth to) {
        return to.isBefore(YearMonth.from(ReferenceData.REORGANISATION)) ? Geography.AS_REPORTED : Geography.CURRENT;
    }

    /**
     * Reads {@code commune_month} (as of a Delta version or timestamp, or the latest when
     * {@code asOf} is null) and compares the window with the year before, using the bundled
     * reference lists.
     */
    public static Dataset<Row> compute(Warehouse warehouse, String asOf, MetricCatalog catalog, Geography geography,
                                       YearMonth from, YearMonth to, Set<Level> levels) {
        return compute(warehouse.readAsOf(TableName.COMMUNE_MONTH, asOf), catalog,
                MetricsReference.of(ReferenceData.bundled()), geography, from, to, levels);
    }

    /**
     * Compares {@code [from, to]} with the same months a year earlier.
     *
     * @param communeMonth rows of {@code CommuneMonthSchema.currentSchema()}, possibly time-travelled
     * @param levels       any of province, nation, commune, district (district: as reported only)
     */
    public static Dataset<Row> compute(Dataset<Row> communeMonth, MetricCatalog catalog, MetricsReference reference,
                                       Geography geography, YearMonth from, YearMonth to, Set<Level> levels) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
        }
        YearMonth priorFrom = from.minusMonths(12);
        YearMonth priorTo = to.minusMonths(12);
        Dataset<Row> rows = communeMonth.where(col(MONTH).between(Months.literal(priorFrom), Months.literal(to)));
        Dataset<Row> leaves = LeafTable.build(UnitMonths.of(rows, reference), catalog, reference, Set.of(geography), levels);

        List<Column> aggregates = new ArrayList<>();
        for (Leaf leaf : catalog.leaves()) {
            String name = catalog.leafColumn(leaf);
            aggregates.add(overWindow(leaf, col(name), from, to).as("w_" + name));
            aggregates.add(overWindow(leaf, col(name), priorFrom, priorTo).as("p_" + name));
        }
        Dataset<Row> totals = leaves.groupBy(col(LeafTable.GEOGRAPHY), col(LeafTable.LEVEL), col(LeafTable.UNIT))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));

        Column nameMonth = Months.literal(geography == Geography.CURRENT ? YearMonth.from(reference.currentListFrom()) : to);
        Dataset<Row> named = UnitNames.attach(totals, reference, nameMonth);

        // Values first, then the structs that reuse them: each formula is evaluated once per row.
        List<Column> values = new ArrayList<>(List.of(col(MetricValuesSchema.GEOGRAPHY), col(MetricValuesSchema.LEVEL),
                col(MetricValuesSchema.UNIT_CODE), col(MetricValuesSchema.UNIT_NAME), col(MetricValuesSchema.PARENT_CODE)));
        List<Column> perMetric = new ArrayList<>();
        for (int i = 0; i < catalog.metrics().size(); i++) {
            Metric metric = catalog.metrics().get(i);
            values.add(metric.formula().evaluate(leaf -> col("w_" + catalog.leafColumn(leaf))).as("w" + i));
            values.add(metric.formula().evaluate(leaf -> col("p_" + catalog.leafColumn(leaf))).as("p" + i));
            perMetric.add(metricStruct(metric, col("w" + i), col("p" + i)));
        }
        Column m = col("m");
        return named.select(values.toArray(Column[]::new))
                .select(col(MetricValuesSchema.GEOGRAPHY), col(MetricValuesSchema.LEVEL), col(MetricValuesSchema.UNIT_CODE),
                        col(MetricValuesSchema.UNIT_NAME), col(MetricValuesSchema.PARENT_CODE),
                        explode(array(perMetric.toArray(Column[]::new))).as("m"))
                .where(m.getField(WindowValuesSchema.WINDOW_VALUE).isNotNull().or(m.getField(WindowValuesSchema.PRIOR_VALUE).isNotNull()))
                .select(m.getField(MetricValuesSchema.METRIC_ID).as(MetricValuesSchema.METRIC_ID),
                        col(MetricValuesSchema.GEOGRAPHY), col(MetricValuesSchema.LEVEL), col(MetricValuesSchema.UNIT_CODE),
                        col(MetricValuesSchema.UNIT_NAME), col(MetricValuesSchema.PARENT_CODE),
                        Months.literal(from).as(WindowValuesSchema.WINDOW_FROM), Months.literal(to).as(WindowValuesSchema.WINDOW_TO),
                        m.getField(WindowValuesSchema.WINDOW_VALUE).as(WindowValuesSchema.WINDOW_VALUE),
                        m.getField(WindowValuesSchema.PRIOR_VALUE).as(WindowValuesSchema.PRIOR_VALUE),
                        m.getField(WindowValuesSchema.CHANGE).as(WindowValuesSchema.CHANGE),
                        m.getField(WindowValuesSchema.CHANGE_PCT).as(WindowValuesSchema.CHANGE_PCT),
                        m.getField(MetricValuesSchema.TARGET_OPERATOR).as(MetricValuesSchema.TARGET_OPERATOR),
                        m.getField(MetricValuesSchema.TARGET_VALUE).as(MetricValuesSchema.TARGET_VALUE),
                        m.getField(MetricValuesSchema.ATTAINMENT).as(MetricValuesSchema.ATTAINMENT),
                        m.getField(MetricValuesSchema.GAP).as(MetricValuesSchema.GAP));
    }

    /** A leaf over the months {@code [from, to]}: flows summed (or min/max), stocks at {@code to}. */
    private static Column overWindow(Leaf leaf, Column value, YearMonth from, YearMonth to) {
        Column month = col(MONTH);
        Column inWindow = leaf.kind() == LeafKind.STOCK
                ? month.equalTo(Months.literal(to))
                : month.between(Months.literal(from), Months.literal(to));
        Column kept = when(inWindow, value);
        return switch (leaf.aggregation()) {
            case MIN -> min(kept);
            case MAX -> max(kept);
            default -> sum(kept);
        };
    }

    private static Column metricStruct(Metric metric, Column value, Column before) {
        Column change = value.minus(before);
        Target target = metric.target();
        Column none = lit(null).cast("double");
        return struct(
                lit(metric.id()).as(MetricValuesSchema.METRIC_ID),
                value.as(WindowValuesSchema.WINDOW_VALUE),
                before.as(WindowValuesSchema.PRIOR_VALUE),
                change.as(WindowValuesSchema.CHANGE),
                try_divide(change, abs(before)).as(WindowValuesSchema.CHANGE_PCT),
                (target == null ? lit(null).cast("string") : lit(target.operator().symbol())).as(MetricValuesSchema.TARGET_OPERATOR),
                (target == null ? none : lit(target.value())).as(MetricValuesSchema.TARGET_VALUE),
                (target == null ? none : TargetColumns.attainment(value, target)).as(MetricValuesSchema.ATTAINMENT),
                (target == null ? none : TargetColumns.gap(value, target)).as(MetricValuesSchema.GAP));
    }
}
