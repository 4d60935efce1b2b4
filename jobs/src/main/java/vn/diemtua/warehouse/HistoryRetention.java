package vn.diemtua.warehouse;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.util.IntervalUtils;
import org.apache.spark.unsafe.types.CalendarInterval;
import org.apache.spark.unsafe.types.UTF8String;

import java.time.Duration;
import java.util.Map;

/**
 * How long every table keeps its history: {@link #DAYS} days of Delta log, so that
 * {@code report --as-of} and {@code extract --as-of} can rebuild last year's conference pack.
 * Delta deletes log entries older than {@code delta.logRetentionDuration} (default 30 days) when
 * it writes a checkpoint; without them a version cannot be read even if VACUUM kept its files
 * ({@code maintain --retain-days}, default the same {@link #DAYS}).
 * New tables get the property from the session default {@link #SESSION_DEFAULT}, which
 * {@code Sessions} sets; {@code maintain} raises it on tables made before.
 */
public final class HistoryRetention {
    /** A conference year (October to September) plus the months until the next conference. */
    public static final int DAYS = 400;
    public static final String TABLE_PROPERTY = "delta.logRetentionDuration";
    /** Delta's default for {@link #TABLE_PROPERTY} on the tables a session creates. */
    public static final String SESSION_DEFAULT = "spark.databricks.delta.properties.defaults.logRetentionDuration";

    private HistoryRetention() {
    }

    /** The property's value, in Delta's interval form. */
    public static String interval() {
        return "interval " + DAYS + " days";
    }

    /** Whether a table with these properties keeps its log at least {@link #DAYS} days. */
    public static boolean sufficient(Map<String, String> properties) {
        String value = properties.get(TABLE_PROPERTY);
        if (value == null) {
            return false;
        }
        String text = value.strip().toLowerCase(java.util.Locale.ROOT);
        CalendarInterval interval = IntervalUtils.safeStringToInterval(
                UTF8String.fromString(text.startsWith("interval") ? text : "interval " + text));
        if (interval == null) {
            return false;
        }
        // Delta itself refuses months in this property; count them as the shortest month.
        Duration kept = Duration.ofDays(interval.months * 28L + interval.days).plusNanos(interval.microseconds * 1000L);
        return kept.compareTo(Duration.ofDays(DAYS)) >= 0;
    }

    /**
     * Sets {@link #TABLE_PROPERTY} on the Delta table at {@code tablePath} if its properties keep
     * the log shorter (one metadata commit, which a concurrent writer of the table would see as a
     * conflict). Returns whether it did.
     */
    public static boolean ensure(SparkSession spark, String tablePath, Map<String, String> properties) {
        if (sufficient(properties)) {
            return false;
        }
        // The path is an identifier here: quoted as one, with its own backticks doubled.
        spark.sql("ALTER TABLE delta.`" + tablePath.replace("`", "``") + "` SET TBLPROPERTIES ("
                + "'" + TABLE_PROPERTY + "' = '" + interval() + "')");
        return true;
    }
}
