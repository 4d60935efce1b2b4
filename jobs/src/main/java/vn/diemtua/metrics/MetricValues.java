package vn.diemtua.metrics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import vn.diemtua.metrics.catalog.Metric;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.metrics.catalog.Target;
import vn.diemtua.metrics.formula.Leaf;
import vn.diemtua.metrics.formula.LeafKind;
import vn.diemtua.model.MetricValuesSchema;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * {@code metric_values} from the leaf table: every metric for every unit and month, with the
 * month before, the same month a year earlier ("cùng kỳ"), the year to date ("lũy kế"), rolling
 * 3 and 12 months, and the target columns. Every figure is the formula applied to leaves
 * recombined over its months (flows summed, stocks at the last month), never an average of
 * monthly ratios.
 *
 * <p>A windowed figure is null when its window starts before the data do or, for sums, misses a
 * month (no partial year to date or rolling sums), and, in the as-reported geography below the nation, when its window straddles
 * the reorganisation (the units on each side are not the same; the current geography has those
 * trends).
 *
 * <p>Targets are checked on the year-to-date value for yearly targets and on the month's value
 * otherwise. The projected month is when, at the pace of the least-squares trend of that value
 * over the last 12 months (within the year for yearly targets; at least 3 months), the target will
 * be met; the month itself when it is met already; null when the trend does not lead there within
 * {@value #HORIZON_MONTHS} months. On track: met, or projected no later than the deadline.
 */
public final class MetricValues {
    /** Projections further than this are not made. */
    public static final int HORIZON_MONTHS = 120;
    /** Months of the trend behind a projection, and the fewest it needs. */
    static final int TREND_MONTHS = 12;
    static final int TREND_MIN_POINTS = 3;
    private static final double ROUNDING = 1e-9;

    private static final String MI = "mi";
    private static final String[] VARIANTS = {"prev", "yoy", "ytd", "r3", "r12"};

    private final MetricCatalog catalog;
    private final MetricsReference reference;
    private final int dataStart;

    private MetricValues(MetricCatalog catalog, MetricsReference reference, YearMonth dataStart) {
        this.catalog = catalog;
        this.reference = reference;
        this.dataStart = Months.index(dataStart);
    }

    /**
     * @param leaves    the {@link LeafTable} of every month the output months need: the 24 months
     *                  before the first output month onwards
     * @param dataStart the first month with data at all
     * @param keep      which months to output (e.g. those an incremental run recomputes)
     * @return rows of {@link MetricValuesSchema#schema()}
     */
    public static Dataset<Row> compute(Dataset<Row> leaves, MetricCatalog catalog, MetricsReference reference,
                                       YearMonth dataStart, Column keep) {
        MetricValues mv = new MetricValues(catalog, reference, dataStart);
        Dataset<Row> metrics = mv.withTargets(mv.metricColumns(mv.leafVariants(leaves))).where(keep);
        Column nameMonth = when(col(LeafTable.GEOGRAPHY).equalTo(lit(Geography.CURRENT.code())),
                Months.literal(YearMonth.from(reference.currentListFrom()))).otherwise(col(LeafTable.MONTH));
        return mv.rows(UnitNames.attach(metrics, reference, nameMonth));
    }

    private static WindowSpec byUnit() {
        return Window.partitionBy(col(LeafTable.GEOGRAPHY), col(LeafTable.LEVEL), col(LeafTable.UNIT)).orderBy(col(MI));
    }

    private static WindowSpec byUnitAndYear() {
        return Window.partitionBy(col(LeafTable.GEOGRAPHY), col(LeafTable.LEVEL), col(LeafTable.UNIT), year(col(LeafTable.MONTH)))
                .orderBy(col(MI));
    }

    /** Whether a window of months {@code [first, mi]} may be used (see the class comment). */
    private Column windowAllowed(Column first) {
        int reorganisation = Months.index(reference.reorganisation());
        Column local = col(LeafTable.GEOGRAPHY).equalTo(lit(Geography.AS_REPORTED.code()))
                .and(col(LeafTable.LEVEL).notEqual(lit(Level.NATION.code())));
        Column straddles = first.lt(lit(reorganisation)).and(col(MI).geq(lit(reorganisation)));
        return first.geq(lit(dataStart)).and(not(local.and(straddles)));
    }

    private static String variant(String leafColumn, String variant) {
        return leafColumn + "_" + variant;
    }

    /** Each leaf over the previous month, a year earlier, the year to date, 3 and 12 months. */
    private Dataset<Row> leafVariants(Dataset<Row> leaves) {
        Dataset<Row> indexed = leaves.withColumn(MI, Months.index(col(LeafTable.MONTH)));
        Column mi = col(MI);
        Column prevOk = windowAllowed(mi.minus(1));
        Column yoyOk = windowAllowed(mi.minus(12));
        Column ytdOk = windowAllowed(mi.minus(month(col(LeafTable.MONTH))).plus(1));
        Column r3Ok = windowAllowed(mi.minus(2));
        Column r12Ok = windowAllowed(mi.minus(11));
        // A sum over a window with a month not loaded (no row) would be partial: left empty instead.
        Column rows = count(lit(1));
        Column ytdWhole = rows.over(byUnitAndYear().rangeBetween(Window.unboundedPreceding(), 0)).equalTo(month(col(LeafTable.MONTH)));
        Column r3Whole = rows.over(byUnit().rangeBetween(-2, 0)).equalTo(3);
        Column r12Whole = rows.over(byUnit().rangeBetween(-11, 0)).equalTo(12);
        List<Column> columns = new ArrayList<>();
        columns.add(col("*"));
        for (Leaf leaf : catalog.leaves()) {
            String name = catalog.leafColumn(leaf);
            Column c = col(name);
            columns.add(when(prevOk, first(c).over(byUnit().rangeBetween(-1, -1))).as(variant(name, "prev")));
            columns.add(when(yoyOk, first(c).over(byUnit().rangeBetween(-12, -12))).as(variant(name, "yoy")));
            boolean stock = leaf.kind() == LeafKind.STOCK;
            columns.add((stock ? when(ytdOk, c)
                    : when(ytdOk.and(ytdWhole), combine(leaf, c).over(byUnitAndYear().rangeBetween(Window.unboundedPreceding(), 0))))
                    .as(variant(name, "ytd")));
            columns.add((stock ? when(r3Ok, c) : when(r3Ok.and(r3Whole), combine(leaf, c).over(byUnit().rangeBetween(-2, 0))))
                    .as(variant(name, "r3")));
            columns.add((stock ? when(r12Ok, c) : when(r12Ok.and(r12Whole), combine(leaf, c).over(byUnit().rangeBetween(-11, 0))))
                    .as(variant(name, "r12")));
        }
        return indexed.select(columns.toArray(Column[]::new));
    }

    private static Column combine(Leaf leaf, Column value) {
        return switch (leaf.aggregation()) {
            case MIN -> min(value);
            case MAX -> max(value);
            default -> sum(value);
        };
    }

    private static String metricColumn(int metric, String what) {
        return "m" + metric + "_" + what;
    }

    /** Each metric's formula over each variant of its leaves; the leaves are dropped. */
    private Dataset<Row> metricColumns(Dataset<Row> variants) {
        List<Column> columns = new ArrayList<>(List.of(col(LeafTable.GEOGRAPHY), col(LeafTable.LEVEL), col(LeafTable.UNIT),
                col(LeafTable.MONTH), col(MI), col(LeafTable.REBASED), col(LeafTable.APPORTIONED)));
        for (int i = 0; i < catalog.metrics().size(); i++) {
            Metric metric = catalog.metrics().get(i);
            columns.add(metric.formula().evaluate(leaf -> col(catalog.leafColumn(leaf))).as(metricColumn(i, "value")));
            columns.add(metric.formula().numerator(leaf -> col(catalog.leafColumn(leaf))).as(metricColumn(i, "num")));
            columns.add(metric.formula().denominator(leaf -> col(catalog.leafColumn(leaf))).as(metricColumn(i, "den")));
            for (String v : VARIANTS) {
                columns.add(metric.formula().evaluate(leaf -> col(variant(catalog.leafColumn(leaf), v))).as(metricColumn(i, v)));
            }
        }
        return variants.select(columns.toArray(Column[]::new));
    }

    /** The value a target is checked on: the year to date for yearly targets, else the month's. */
    private static Column checked(int metric, Target target) {
        return col(metricColumn(metric, target.yearly() ? "ytd" : "value"));
    }

    /** Least-squares slope of the checked value over the trend window, per month. */
    private Dataset<Row> withTargets(Dataset<Row> metrics) {
        List<Column> columns = new ArrayList<>();
        columns.add(col("*"));
        Column x = col(MI).minus(lit(dataStart)).cast(DataTypes.DoubleType);
        for (int i = 0; i < catalog.metrics().size(); i++) {
            Target target = catalog.metrics().get(i).target();
            if (target == null) {
                continue;
            }
            Column y = checked(i, target);
            WindowSpec window = (target.yearly() ? byUnitAndYear() : byUnit()).rangeBetween(-(TREND_MONTHS - 1), 0);
            Column xIfY = when(y.isNotNull(), x);
            Column n = count(y).over(window).cast(DataTypes.DoubleType);
            Column sx = sum(xIfY).over(window);
            Column sy = sum(y).over(window);
            Column sxy = sum(xIfY.multiply(y)).over(window);
            Column sxx = sum(xIfY.multiply(xIfY)).over(window);
            Column slope = try_divide(n.multiply(sxy).minus(sx.multiply(sy)), n.multiply(sxx).minus(sx.multiply(sx)));
            columns.add(when(n.geq(lit((double) TREND_MIN_POINTS)), slope).as(metricColumn(i, "slope")));
        }
        return metrics.select(columns.toArray(Column[]::new));
    }

    /** Projection of a metric with a target (see the class comment). */
    private static Column projected(int metric, Target target) {
        Column y = checked(metric, target);
        Column slope = col(metricColumn(metric, "slope"));
        Column speed = target.upward() ? slope : slope.unary_$minus();
        Column needed = TargetColumns.gap(y, target);
        boolean strict = !target.operator().includesEqual();
        // Months at the trend's pace; the tolerance keeps 2.0000000000000004 months from becoming 3.
        Column exact = needed.divide(speed);
        Column months = strict ? floor(exact.plus(lit(ROUNDING))).plus(1) : ceil(exact.minus(lit(ROUNDING)));
        return when(y.isNull(), lit(null).cast(DataTypes.DateType))
                .when(TargetColumns.met(y, target), col(LeafTable.MONTH))
                .when(speed.gt(0).and(months.leq(HORIZON_MONTHS)), add_months(col(LeafTable.MONTH), months.cast(DataTypes.IntegerType)));
    }

    private static Column deadline(Target target) {
        return target.yearly()
                ? make_date(year(col(LeafTable.MONTH)), lit(12), lit(1))
                : Months.literal(target.deadline());
    }

    /** One row per metric, in the table's columns; rows with no figure at all are left out. */
    private Dataset<Row> rows(Dataset<Row> named) {
        Column none = lit(null).cast(DataTypes.DoubleType);
        List<Column> structs = new ArrayList<>();
        for (int i = 0; i < catalog.metrics().size(); i++) {
            Metric metric = catalog.metrics().get(i);
            Target target = metric.target();
            Column value = col(metricColumn(i, "value"));
            Column prev = col(metricColumn(i, "prev"));
            Column yoy = col(metricColumn(i, "yoy"));
            Column projected = target == null ? lit(null).cast(DataTypes.DateType) : projected(i, target);
            structs.add(struct(
                    lit(metric.id()).as(MetricValuesSchema.METRIC_ID),
                    value.as(MetricValuesSchema.VALUE),
                    col(metricColumn(i, "num")).as(MetricValuesSchema.NUMERATOR),
                    col(metricColumn(i, "den")).as(MetricValuesSchema.DENOMINATOR),
                    prev.as(MetricValuesSchema.PREV_VALUE),
                    value.minus(prev).as(MetricValuesSchema.MOM_CHANGE),
                    try_divide(value.minus(prev), abs(prev)).as(MetricValuesSchema.MOM_CHANGE_PCT),
                    yoy.as(MetricValuesSchema.YOY_VALUE),
                    value.minus(yoy).as(MetricValuesSchema.YOY_CHANGE),
                    try_divide(value.minus(yoy), abs(yoy)).as(MetricValuesSchema.YOY_CHANGE_PCT),
                    col(metricColumn(i, "ytd")).as(MetricValuesSchema.YTD_VALUE),
                    col(metricColumn(i, "r3")).as(MetricValuesSchema.ROLLING_3),
                    col(metricColumn(i, "r12")).as(MetricValuesSchema.ROLLING_12),
                    (target == null ? lit(null).cast(DataTypes.StringType) : lit(target.operator().symbol()))
                            .as(MetricValuesSchema.TARGET_OPERATOR),
                    (target == null ? none : lit(target.value())).as(MetricValuesSchema.TARGET_VALUE),
                    (target == null ? lit(null).cast(DataTypes.DateType) : deadline(target)).as(MetricValuesSchema.TARGET_DEADLINE),
                    (target == null ? none : TargetColumns.attainment(checked(i, target), target)).as(MetricValuesSchema.ATTAINMENT),
                    (target == null ? none : TargetColumns.gap(checked(i, target), target)).as(MetricValuesSchema.GAP),
                    projected.as(MetricValuesSchema.PROJECTED_MONTH),
                    (target == null ? lit(null).cast(DataTypes.BooleanType)
                            : when(checked(i, target).isNotNull(), projected.isNotNull().and(projected.leq(deadline(target)))))
                            .as(MetricValuesSchema.ON_TRACK)));
        }
        Column m = col("m");
        Column anyFigure = m.getField(MetricValuesSchema.VALUE).isNotNull();
        for (String field : List.of(MetricValuesSchema.PREV_VALUE, MetricValuesSchema.YOY_VALUE, MetricValuesSchema.YTD_VALUE,
                MetricValuesSchema.ROLLING_3, MetricValuesSchema.ROLLING_12)) {
            anyFigure = anyFigure.or(m.getField(field).isNotNull());
        }
        Column flags = when(col(LeafTable.APPORTIONED), array(lit(LeafTable.REBASED), lit(LeafTable.APPORTIONED)))
                .when(col(LeafTable.REBASED), array(lit(LeafTable.REBASED)))
                .otherwise(array().cast("array<string>"));
        List<Column> out = new ArrayList<>();
        for (String field : MetricValuesSchema.schema().fieldNames()) {
            out.add(switch (field) {
                case MetricValuesSchema.GEOGRAPHY, MetricValuesSchema.LEVEL, MetricValuesSchema.UNIT_CODE,
                     MetricValuesSchema.UNIT_NAME, MetricValuesSchema.PARENT_CODE, MetricValuesSchema.KY_BAO_CAO -> col(field);
                case MetricValuesSchema.FLAGS -> col(field);
                default -> m.getField(field).as(field);
            });
        }
        return named.select(col(LeafTable.GEOGRAPHY), col(LeafTable.LEVEL), col(LeafTable.UNIT), col(MetricValuesSchema.UNIT_NAME),
                        col(MetricValuesSchema.PARENT_CODE), col(LeafTable.MONTH), flags.as(MetricValuesSchema.FLAGS),
                        explode(array(structs.toArray(Column[]::new))).as("m"))
                .where(anyFigure)
                .select(out.toArray(Column[]::new));
    }
}
