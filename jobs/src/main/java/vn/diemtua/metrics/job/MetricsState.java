package vn.diemtua.metrics.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.apache.spark.sql.functions.col;

/**
 * {@code metrics_state}: the log of metrics runs, two rows per run that writes: {@code running}
 * when it starts, {@code done} when every table is written. The latest row tells the next run
 * where to start: from the commune_month version it covers, with the same catalog and rules, or
 * from scratch when the latest run never finished.
 */
final class MetricsState {
    static final String RUNNING = "running";
    static final String DONE = "done";

    static final StructType SCHEMA = new StructType()
            .add("run_id", DataTypes.StringType, false)
            .add("recorded_at", DataTypes.TimestampType, false)
            .add("status", DataTypes.StringType, false)
            .add("mode", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, true)
            .add("commune_month_version", DataTypes.LongType, false)
            .add("catalog_sha256", DataTypes.StringType, false)
            .add("catalog_source", DataTypes.StringType, false)
            .add("logic_version", DataTypes.IntegerType, false)
            .add("first_month", DataTypes.DateType, true)
            .add("last_month", DataTypes.DateType, true)
            .add("recomputed", DataTypes.StringType, true);

    /** One row of the log. {@code firstMonth} is the earliest month of commune_month at that version. */
    record Entry(String runId, Instant recordedAt, String status, String mode, String reason, long communeMonthVersion,
                 String catalogSha256, String catalogSource, int logicVersion, YearMonth firstMonth, YearMonth lastMonth,
                 String recomputed) {

        Entry withStatus(String newStatus, String newRecomputed) {
            return new Entry(runId, Instant.now(), newStatus, mode, reason, communeMonthVersion, catalogSha256, catalogSource,
                    logicVersion, firstMonth, lastMonth, newRecomputed);
        }
    }

    private MetricsState() {
    }

    static Optional<Entry> latest(Warehouse warehouse) {
        if (!warehouse.exists(TableName.METRICS_STATE)) {
            return Optional.empty();
        }
        List<Row> last = warehouse.read(TableName.METRICS_STATE).orderBy(col("recorded_at").desc()).limit(1).collectAsList();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Row r = last.get(0);
        return Optional.of(new Entry(r.getString(0), r.getTimestamp(1).toInstant(), r.getString(2), r.getString(3), r.getString(4),
                r.getLong(5), r.getString(6), r.getString(7), r.getInt(8), month(r.getDate(9)), month(r.getDate(10)), r.getString(11)));
    }

    static void append(Warehouse warehouse, Entry e) {
        Row row = RowFactory.create(e.runId(), Timestamp.from(e.recordedAt()), e.status(), e.mode(), e.reason(),
                e.communeMonthVersion(), e.catalogSha256(), e.catalogSource(), e.logicVersion(), date(e.firstMonth()),
                date(e.lastMonth()), e.recomputed());
        Dataset<Row> frame = warehouse.spark().createDataFrame(List.of(row), SCHEMA).coalesce(1);
        frame.write().format("delta").mode("append").save(warehouse.pathOf(TableName.METRICS_STATE));
    }

    private static YearMonth month(Date d) {
        return d == null ? null : YearMonth.from(d.toLocalDate());
    }

    private static Date date(YearMonth m) {
        return m == null ? null : Date.valueOf(m.atDay(1));
    }
}
