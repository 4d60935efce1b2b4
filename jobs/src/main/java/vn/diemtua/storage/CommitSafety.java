package vn.diemtua.storage;

import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import vn.diemtua.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which Delta log store commits to an S3 warehouse. Delta's default for S3 is safe with one
 * driver only; this project's default is {@link ConditionalPutLogStore}, and Delta's DynamoDB
 * store is accepted too. Any other choice for an S3 warehouse is refused before a job starts.
 */
public final class CommitSafety {
    /** Delta's per-scheme setting, e.g. {@code spark.delta.logStore.s3a.impl}. */
    static final String SCHEME_KEY = "spark.delta.logStore.%s.impl";
    /** Delta's older setting for every scheme; when set, it wins. */
    static final String GLOBAL_KEY = "spark.delta.logStore.class";
    static final List<String> S3_SCHEMES = List.of("s3a", "s3", "s3n");
    static final Set<String> SAFE_STORES = Set.of(
            ConditionalPutLogStore.class.getName(),
            "io.delta.storage.S3DynamoDBLogStore");
    private static final Messages MESSAGES = new Messages("vn/diemtua/storage/messages");

    private CommitSafety() {
    }

    /** Makes {@link ConditionalPutLogStore} the store for S3 schemes, unless a store was chosen. */
    public static void applyDefaults(SparkConf conf) {
        if (conf.contains(GLOBAL_KEY)) {
            return;
        }
        for (String scheme : S3_SCHEMES) {
            conf.setIfMissing(SCHEME_KEY.formatted(scheme), ConditionalPutLogStore.class.getName());
        }
    }

    /**
     * Why the warehouse's commits would not be safe with several writers, if they would not.
     *
     * @return a message for the user (Vietnamese, then English), or empty when safe
     */
    public static Optional<String> problem(SparkConf conf, String warehouseUri) {
        String scheme = new Path(warehouseUri).toUri().getScheme();
        if (scheme == null || !S3_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String key = conf.contains(GLOBAL_KEY) ? GLOBAL_KEY : SCHEME_KEY.formatted(scheme.toLowerCase(Locale.ROOT));
        String store = conf.get(key, "io.delta.storage.S3SingleDriverLogStore");
        if (SAFE_STORES.contains(store)) {
            return Optional.empty();
        }
        Object[] args = {warehouseUri, key, store, ConditionalPutLogStore.class.getName()};
        return Optional.of(MESSAGES.vi("warehouse.unsafe-log-store", args) + "\n"
                + MESSAGES.en("warehouse.unsafe-log-store", args));
    }
}
