package vn.diemtua.metrics.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import vn.diemtua.i18n.Messages;
import vn.diemtua.metrics.Geography;
import vn.diemtua.metrics.LeafTable;
import vn.diemtua.metrics.Level;
import vn.diemtua.metrics.MetricValues;
import vn.diemtua.metrics.MetricsReference;
import vn.diemtua.metrics.Months;
import vn.diemtua.metrics.Outliers;
import vn.diemtua.metrics.ReportingRates;
import vn.diemtua.metrics.UnitMonths;
import vn.diemtua.metrics.catalog.MetricCatalog;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

/**
 * {@code metrics}: brings metric_values, reporting_rates and outliers up to date with
 * commune_month. A run compares commune_month with the version the last finished run covered and
 * recomputes only the months a change can reach: the month itself and the 12 after it for metric
 * values (previous month, same month next year, year to date, rolling windows and the 12-month
 * trend behind projections), the 24 after it for outliers (a unit's history), the month alone for
 * reporting rates. A full rebuild, asked for or forced (first run, catalog or rules changed, last
 * run unfinished, earlier months arrived, old version unreadable), recomputes everything and gives
 * the same tables.
 */
public final class MetricsJob {
    /** Bump when a change of the program changes metric values: the next run then rebuilds. */
    public static final int LOGIC_VERSION = 2;
    /** Months after a changed month whose metric values can change. */
    static final int METRIC_REACH = 12;
    /** Months before an output month whose data it can read (year to date and the trend's 12 months). */
    static final int METRIC_LOOKBACK = 24;

    private static final Messages MESSAGES = new Messages("vn/diemtua/metrics/messages");
    private static final String MONTH = SubmissionKey.KY_BAO_CAO.key();

    private final Warehouse warehouse;
    private final MetricCatalog catalog;
    private final MetricsReference reference;
    private final MetricTables tables;
    private final Consumer<String> progress;

    /**
     * @param progress receives a line (Vietnamese / English) as each step starts and ends
     */
    public MetricsJob(Warehouse warehouse, MetricCatalog catalog, MetricsReference reference, Consumer<String> progress) {
        this.warehouse = warehouse;
        this.catalog = catalog;
        this.reference = reference;
        this.tables = new MetricTables(warehouse);
        this.progress = progress;
    }

    /** What a run did, as lines in Vietnamese and English. */
    public record Summary(List<String> vi, List<String> en) {
        void add(String key, Object... args) {
            vi.add(MESSAGES.vi(key, args));
            en.add(MESSAGES.en(key, args));
        }
    }

    /** Raised when there is nothing to compute from: the message says what to do. */
    public static final class MissingInput extends RuntimeException {
        MissingInput(String message) {
            super(message);
        }
    }

    /** Runs the step; {@code full} forces a rebuild. */
    public Summary run(boolean full) {
        long started = System.nanoTime();
        Summary summary = new Summary(new ArrayList<>(), new ArrayList<>());
        if (!warehouse.exists(TableName.COMMUNE_MONTH)) {
            throw new MissingInput(MESSAGES.vi("run.missingInput", warehouse.uri()) + " / "
                    + MESSAGES.en("run.missingInput", warehouse.uri()));
        }
        long version = warehouse.version(TableName.COMMUNE_MONTH);
        Dataset<Row> communeMonth = warehouse.readAsOf(TableName.COMMUNE_MONTH, Long.toString(version));
        Row bounds = communeMonth.agg(min(col(MONTH)), max(col(MONTH))).first();
        YearMonth first = bounds.isNullAt(0) ? null : YearMonth.from(bounds.getDate(0).toLocalDate());
        YearMonth last = bounds.isNullAt(1) ? null : YearMonth.from(bounds.getDate(1).toLocalDate());
        Optional<MetricsState.Entry> previous = MetricsState.latest(warehouse);

        String fullReason = full ? "run.reason.requested" : fullRebuildReason(previous, first);
        Map<YearMonth, Long> changes = Map.of();
        if (fullReason == null) {
            MetricsState.Entry p = previous.orElseThrow();
            if (p.communeMonthVersion() == version) {
                summary.add("run.upToDate", version);
                return summary;
            }
            try {
                changes = ChangedMonths.between(warehouse.readAsOf(TableName.COMMUNE_MONTH, Long.toString(p.communeMonthVersion())),
                        communeMonth);
            } catch (RuntimeException e) {
                // Vacuumed or unreadable history: the safe answer is a rebuild.
                fullReason = "run.reason.historyGone";
            }
        }

        String mode = fullReason != null ? "full" : "incremental";
        MetricsState.Entry running = new MetricsState.Entry(UUID.randomUUID().toString(), Instant.now(), MetricsState.RUNNING,
                mode, fullReason, version, catalog.sha256(), catalog.source(), LOGIC_VERSION, first, last, null);
        ensureTables();
        MetricsState.append(warehouse, running);

        List<String> recomputed = new ArrayList<>();
        if (fullReason != null) {
            Object reason = fullReason.equals("run.reason.historyGone") ? previous.orElseThrow().communeMonthVersion() : null;
            summary.vi().add(MESSAGES.vi("run.full", MESSAGES.vi(fullReason, reason), version));
            summary.en().add(MESSAGES.en("run.full", MESSAGES.en(fullReason, reason), version));
            if (first == null) {
                summary.add("run.noData");
                var spark = warehouse.spark();
                recomputed.add(write(summary, TableName.METRIC_VALUES, spark.createDataFrame(List.of(), MetricValuesSchema.schema()),
                        null, null, MetricValuesSchema.LEVEL, MetricValuesSchema.KY_BAO_CAO));
                recomputed.add(write(summary, TableName.REPORTING_RATES, spark.createDataFrame(List.of(), ReportingRates.schema()),
                        null, null));
                recomputed.add(write(summary, TableName.OUTLIERS, spark.createDataFrame(List.of(), Outliers.schema()), null, null));
            } else {
                MonthSet all = MonthSet.range(first, last);
                recomputed.addAll(recompute(summary, communeMonth, first, all, all, all, true));
            }
        } else {
            MonthSet changed = new MonthSet(changes.keySet());
            long unitMonths = changes.values().stream().mapToLong(Long::longValue).sum();
            MetricsState.Entry p = previous.orElseThrow();
            summary.add("run.incremental", p.communeMonthVersion(), version, unitMonths, changed.size(), changed.toString());
            // Up to the last month the tables hold, so that the rows of months no longer in commune_month go too.
            YearMonth end = p.lastMonth() != null && p.lastMonth().isAfter(last) ? p.lastMonth() : last;
            if (!changed.isEmpty()) {
                recomputed.addAll(recompute(summary, communeMonth, first,
                        changed.withFollowing(METRIC_REACH, first, end), changed.withFollowing(0, first, end),
                        changed.withFollowing(Outliers.HISTORY_MONTHS, first, end), false));
            }
        }
        MetricsState.append(warehouse, running.withStatus(MetricsState.DONE, String.join("; ", recomputed)));
        summary.add("run.done", String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return summary;
    }

    /** Why the tables must be rebuilt, or null when an incremental run is right. */
    private String fullRebuildReason(Optional<MetricsState.Entry> previous, YearMonth first) {
        if (previous.isEmpty()) {
            return "run.reason.firstRun";
        }
        MetricsState.Entry p = previous.get();
        if (first == null) {
            return "run.reason.empty";
        }
        if (!MetricsState.DONE.equals(p.status())) {
            return "run.reason.unfinished";
        }
        if (!p.catalogSha256().equals(catalog.sha256())) {
            return "run.reason.catalogChanged";
        }
        if (p.logicVersion() != LOGIC_VERSION) {
            return "run.reason.logicChanged";
        }
        if (!warehouse.exists(TableName.METRIC_VALUES) || !warehouse.exists(TableName.REPORTING_RATES)
                || !warehouse.exists(TableName.OUTLIERS)) {
            return "run.reason.tableMissing";
        }
        if (p.firstMonth() == null || first.isBefore(p.firstMonth())) {
            // Windows are null when they start before the data: an earlier first month changes many months.
            return "run.reason.earlierData";
        }
        return null;
    }

    private void ensureTables() {
        tables.ensure(TableName.METRIC_VALUES, MetricValuesSchema.schema(),
                String.join(",", MetricValuesSchema.METRIC_ID, MetricValuesSchema.GEOGRAPHY, MetricValuesSchema.UNIT_CODE),
                MetricValuesSchema.LEVEL, MetricValuesSchema.KY_BAO_CAO);
        tables.ensure(TableName.REPORTING_RATES, ReportingRates.schema(),
                String.join(",", MetricValuesSchema.LEVEL, MetricValuesSchema.UNIT_CODE, MetricValuesSchema.KY_BAO_CAO));
        tables.ensure(TableName.OUTLIERS, Outliers.schema(),
                String.join(",", SubmissionKey.MA_XA.key(), SubmissionKey.KY_BAO_CAO.key(), Outliers.KEY));
    }

    /** Recomputes the three tables for their months; {@code whole} overwrites instead of replacing months. */
    private List<String> recompute(Summary summary, Dataset<Row> communeMonth, YearMonth first, MonthSet metricMonths,
                                   MonthSet rateMonths, MonthSet outlierMonths, boolean whole) {
        List<String> done = new ArrayList<>();
        Dataset<Row> metricRows = between(communeMonth, metricMonths.first().minusMonths(METRIC_LOOKBACK), metricMonths.last());
        Dataset<Row> unitMonths = UnitMonths.of(metricRows, reference).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> leaves = LeafTable.build(unitMonths, catalog, reference, EnumSet.allOf(Geography.class),
                    EnumSet.allOf(Level.class));
            Dataset<Row> values = MetricValues.compute(leaves, catalog, reference, first, metricMonths.contains(MONTH));
            done.add(write(summary, TableName.METRIC_VALUES, values, whole ? null : metricMonths, metricMonths,
                    MetricValuesSchema.LEVEL, MetricValuesSchema.KY_BAO_CAO));
            Dataset<Row> rates = ReportingRates.compute(unitMonths.where(rateMonths.contains(MONTH)), reference);
            done.add(write(summary, TableName.REPORTING_RATES, rates, whole ? null : rateMonths, rateMonths));
        } finally {
            unitMonths.unpersist();
        }
        Dataset<Row> outlierRows = between(communeMonth, outlierMonths.first().minusMonths(Outliers.HISTORY_MONTHS),
                outlierMonths.last());
        Dataset<Row> outliers = Outliers.compute(outlierRows, reference.reorganisation(), outlierMonths.contains(MONTH));
        done.add(write(summary, TableName.OUTLIERS, outliers, whole ? null : outlierMonths, outlierMonths));
        return done;
    }

    private static Dataset<Row> between(Dataset<Row> communeMonth, YearMonth from, YearMonth to) {
        return communeMonth.where(col(MONTH).between(Months.literal(from), Months.literal(to)));
    }

    private String write(Summary summary, TableName table, Dataset<Row> rows, MonthSet replaced, MonthSet covered,
                         String... partitionColumns) {
        long t0 = System.nanoTime();
        String months = covered == null ? "-" : covered.toString();
        progress.accept(table.tableName() + ": " + months + " …");
        long written = tables.write(table, rows, replaced, MONTH, partitionColumns);
        progress.accept(String.format("%s: %,d rows (%.1f s)", table.tableName(), written, (System.nanoTime() - t0) / 1e9));
        summary.add("run.recomputed", table.tableName(), written, months);
        return table.tableName() + " " + months;
    }
}
