package vn.diemtua.ingest;

import io.delta.tables.DeltaTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.lease.WriterLease;
import vn.diemtua.locks.LockEvent;
import vn.diemtua.locks.PeriodLocks;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.TableName;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.ReferenceTables;
import vn.diemtua.reference.Unit;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.not;

/**
 * The ingest job: files in, tables out, one batch per run.
 *
 * <ol>
 *   <li>Take the warehouse's writer lease ({@link WriterLease}), waiting for a run that holds it.</li>
 *   <li>Recover from a run that stopped midway ({@link IngestTables#recover}).</li>
 *   <li>List the files on the driver; read, hash and validate them on the executors, several files
 *       per task ({@link FileProcessor}); keep the emitted rows (persisted once).</li>
 *   <li>Collect the per-file log rows (one per file), turn files seen twice in the run into
 *       duplicates, count new revisions per file.</li>
 *   <li>Write {@code submission_rows}, {@code rejections}, {@code commune_month_versions} (MERGE:
 *       only new versions) and {@code commune_month} (MERGE: the unit-months the batch touched and
 *       the months after them, whose headquarters warning depends on them), one commit each. Rows
 *       of months locked for a conference that would change them are rejected first
 *       ({@link PeriodLockRule}).</li>
 *   <li>Append {@code ingest_log}, the commit mark.</li>
 * </ol>
 */
public final class IngestJob {
    /** How long a run waits for another one writing the same warehouse, unless told otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(60);
    /**
     * Ingest's queries are many and small (a batch is at most months of submissions): adaptive
     * execution re-plans each after every stage and cost more CPU than it saved (measured, a
     * national year: 80 s of CPU with it, 75 s without; 22 rows: 36 s, 31 s). A value the user set wins.
     */
    private static final String ADAPTIVE = "spark.sql.adaptive.enabled";
    private final Warehouse warehouse;
    private final SubmissionFileReader reader;
    private final ReadLimits limits;
    private final WriterLease.Settings leaseSettings;
    private final PrintStream log;

    /**
     * @param leaseSettings how long to wait for another run writing the same warehouse, and how a
     *                      dead one is recognised
     * @param log           where progress goes (standard error)
     */
    public IngestJob(Warehouse warehouse, SubmissionFileReader reader, ReadLimits limits,
                     WriterLease.Settings leaseSettings, PrintStream log) {
        this.warehouse = warehouse;
        this.reader = reader;
        this.limits = limits;
        this.leaseSettings = leaseSettings;
        this.log = log;
    }

    /** With the default wait for another run ({@link #DEFAULT_WAIT}). */
    public IngestJob(Warehouse warehouse, SubmissionFileReader reader, ReadLimits limits, PrintStream log) {
        this(warehouse, reader, limits, WriterLease.Settings.waiting(DEFAULT_WAIT), log);
    }

    public IngestReport run(List<String> inputs) {
        return withDefault(warehouse.spark(), ADAPTIVE, "false", () -> runBatch(inputs));
    }

    /** Runs {@code action} with a session setting, unless the session has one already; then restores it. */
    private static <T> T withDefault(SparkSession spark, String key, String value, java.util.function.Supplier<T> action) {
        if (spark.conf().contains(key)) {
            return action.get();
        }
        spark.conf().set(key, value);
        try {
            return action.get();
        } finally {
            spark.conf().unset(key);
        }
    }

    private IngestReport runBatch(List<String> inputs) {
        SparkSession spark = warehouse.spark();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        // One run at a time writes the tables: the recovery below undoes whatever no ingest_log row
        // accounts for, which would include the commits of a run still working.
        try (WriterLease lease = WriterLease.acquire(hadoop, warehouse.uri(), "ingest", leaseSettings, log);
             Progress progress = new Progress(log)) {
            // Fixed under the lease, so that a run's ingested_at follows the runs committed before it.
            BatchInfo batch = BatchInfo.startingNow();
            ReferenceData reference = ReferenceData.bundled();
            ReferenceTables.ensure(warehouse, reference);
            IngestTables.ensure(warehouse);
            Map<TableName, Long> restored = IngestTables.recover(warehouse, log);
            Set<String> provinces = reference.units().stream().map(Unit::provinceCode).collect(Collectors.toSet());
            List<FileTask> tasks = new InputFiles(hadoop, provinces).list(inputs);
            if (tasks.isEmpty()) {
                return new IngestReport(batch.batchId(), List.of(), restored);
            }
            String userMetadata = IngestTables.INGEST + batch.batchId();
            Commit commit = new Commit(lease, IngestTables.currentVersions(warehouse), userMetadata);
            Optional<LockEvent> periodLock = new PeriodLocks(warehouse).state().governing();
            List<FileLog> files = IngestTables.withCommitMetadata(warehouse, userMetadata,
                    () -> ingest(batch, reference, tasks, hadoop, periodLock, commit, progress));
            return new IngestReport(batch.batchId(), files, restored);
        }
    }

    /**
     * What the run checks before its commit mark: it still holds the lease, and every commit to the
     * batch tables since it started is its own (else the mark would vouch for another writer's).
     */
    private record Commit(WriterLease lease, Map<String, Long> startVersions, String userMetadata) {
        void check(Warehouse warehouse) {
            lease.checkHeld();
            IngestTables.requireOnlyCommitsOf(warehouse, startVersions, userMetadata);
        }
    }

    private List<FileLog> ingest(BatchInfo batch, ReferenceData reference, List<FileTask> tasks,
                                 Configuration hadoop, Optional<LockEvent> periodLock, Commit commit,
                                 Progress progress) {
        SparkSession spark = warehouse.spark();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator filesDone = jsc.sc().longAccumulator("ingest files");
        LongAccumulator rowsRead = jsc.sc().longAccumulator("ingest rows");
        FileProcessor processor = new FileProcessor(batch, jsc.broadcast(reference.directory()),
                jsc.broadcast(knownHashes()), jsc.broadcast(new HadoopConfiguration(hadoop)), reader, limits,
                filesDone, rowsRead);
        // Several tasks per core: small files cost per task little, and progress moves as tasks end.
        int slices = Math.max(1, Math.min(tasks.size(), jsc.defaultParallelism() * 4));
        Dataset<Row> read = spark.createDataFrame(jsc.parallelize(tasks, slices).flatMap(processor), IngestSchemas.BATCH)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> emitted = periodLock.isEmpty() ? read
                : PeriodLockRule.apply(read, warehouse.read(TableName.COMMUNE_MONTH_VERSIONS), periodLock.get())
                        .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            progress.watchFiles(tasks.size(), filesDone, rowsRead);
            List<FileLog> found = emitted.where(col(IngestSchemas.OUTPUT).equalTo(IngestSchemas.FILE_LOG))
                    .select(IngestSchemas.FILE_LOG + ".*").collectAsList().stream().map(FileLog::fromRow).toList();
            progress.close();
            progress.files(tasks.size(), filesDone.value(), rowsRead.value());
            List<FileLog> logs = inRunDuplicates(found);
            // Only copies found within this run emitted rows that must not be written.
            Set<String> dropped = logs.stream().filter(f -> f.outcome() == FileOutcome.DUPLICATE_FILE).map(FileLog::sourceFile)
                    .collect(Collectors.toSet());
            found.stream().filter(f -> f.outcome() == FileOutcome.DUPLICATE_FILE).map(FileLog::sourceFile).forEach(dropped::remove);
            Dataset<Row> kept = dropped.isEmpty() ? emitted
                    : emitted.where(not(col(IngestSchemas.SOURCE_FILE).isin(dropped.toArray())));
            return write(kept, logs, commit, progress);
        } finally {
            emitted.unpersist();
            read.unpersist();
        }
    }

    /** Hashes of the files ingested (or found unreadable) before: one per file ever seen, few. */
    private Set<String> knownHashes() {
        return new HashSet<>(warehouse.read(TableName.INGEST_LOG)
                .where(col(IngestSchemas.OUTCOME).isin(FileOutcome.INGESTED.label(), FileOutcome.UNREADABLE.label()))
                .select(IngestSchemas.FILE_SHA256).distinct().as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList());
    }

    /** The same bytes twice in one run: the first path (in sorted order) counts, the others are duplicates. */
    static List<FileLog> inRunDuplicates(List<FileLog> logs) {
        Set<String> seen = new HashSet<>();
        List<FileLog> out = new ArrayList<>();
        logs.stream().sorted(java.util.Comparator.comparing(FileLog::sourceFile)).forEach(f -> {
            boolean first = f.outcome() == FileOutcome.DUPLICATE_FILE || seen.add(f.sha256());
            out.add(first ? f : f.asDuplicate());
        });
        return out;
    }

    private List<FileLog> write(Dataset<Row> kept, List<FileLog> logs, Commit commit, Progress progress) {
        boolean anyRows = logs.stream().anyMatch(f -> f.read() > 0);
        boolean anyRejections = logs.stream().anyMatch(f -> f.rejected() + f.sheetsRejected() > 0
                || f.outcome() == FileOutcome.UNREADABLE);
        Set<LocalDate> months = logs.stream().flatMap(f -> f.months().stream()).collect(Collectors.toCollection(TreeSet::new));

        Dataset<Row> batchVersions = output(kept, IngestSchemas.VERSION);
        Map<String, long[]> revisions = months.isEmpty() ? Map.of() : countRevisions(batchVersions, months, progress);
        if (anyRows) {
            progress.phase(TableName.SUBMISSION_ROWS.tableName());
            append(output(kept, IngestSchemas.SUBMISSION_ROW), TableName.SUBMISSION_ROWS);
        }
        if (anyRejections) {
            progress.phase(TableName.REJECTIONS.tableName());
            append(output(kept, IngestSchemas.REJECTION), TableName.REJECTIONS);
        }
        if (!months.isEmpty()) {
            progress.phase(TableName.COMMUNE_MONTH_VERSIONS.tableName());
            // Kept: the versions MERGE and the unit-months to refresh both start from it.
            Dataset<Row> distinct = Revisions.distinctVersions(batchVersions).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                mergeVersions(distinct, months);
                progress.phase(TableName.COMMUNE_MONTH.tableName());
                Dataset<Row> touched = distinct.select(Revisions.MA_XA, Revisions.KY_BAO_CAO).distinct()
                        .persist(StorageLevel.MEMORY_AND_DISK());
                try {
                    refreshCurrent(touched, months);
                } finally {
                    touched.unpersist();
                }
            } finally {
                distinct.unpersist();
            }
        }
        Map<String, Long> versions = IngestTables.currentVersions(warehouse);
        List<FileLog> finished = new ArrayList<>();
        for (FileLog file : logs) {
            long[] counts = revisions.getOrDefault(file.sourceFile(), new long[]{0, 0});
            FileLog done = file.outcome() == FileOutcome.INGESTED
                    ? file.withRevisions(counts[0], counts[1]).checkedRevisions() : file.checked();
            finished.add(done.withTableVersions(versions));
        }
        progress.phase(TableName.INGEST_LOG.tableName());
        commit.check(warehouse);
        warehouse.spark().createDataFrame(finished.stream().map(FileLog::toRow).toList(), IngestSchemas.INGEST_LOG)
                .coalesce(1).write().format("delta").mode("append").save(warehouse.pathOf(TableName.INGEST_LOG));
        return finished;
    }

    /** Per source file: new revisions and unchanged rows, against the versions stored before the batch. */
    private Map<String, long[]> countRevisions(Dataset<Row> batchVersions, Set<LocalDate> months, Progress progress) {
        progress.phase("revisions");
        Dataset<Row> existing = warehouse.read(TableName.COMMUNE_MONTH_VERSIONS)
                .where(col(Revisions.KY_BAO_CAO).isin(dates(months)));
        Map<String, long[]> revisions = new HashMap<>();
        for (Row row : Revisions.revisionCounts(batchVersions, existing).collectAsList()) {
            revisions.put(row.getString(0), new long[]{row.getLong(1), row.getLong(2)});
        }
        return revisions;
    }

    private static Dataset<Row> output(Dataset<Row> emitted, String output) {
        return emitted.where(col(IngestSchemas.OUTPUT).equalTo(output)).select(output + ".*");
    }

    private void append(Dataset<Row> rows, TableName table) {
        rows.write().format("delta").mode("append").save(warehouse.pathOf(table));
    }

    /** Inserts the batch's versions that the table does not hold yet (same unit, month, values and date). */
    private void mergeVersions(Dataset<Row> distinct, Set<LocalDate> months) {
        Column same = col("t." + Revisions.KY_BAO_CAO).isin(dates(months))
                .and(col("t." + Revisions.MA_XA).equalTo(col("s." + Revisions.MA_XA)))
                .and(col("t." + Revisions.KY_BAO_CAO).equalTo(col("s." + Revisions.KY_BAO_CAO)))
                .and(col("t." + CommuneMonthSchema.VALUES_HASH).equalTo(col("s." + CommuneMonthSchema.VALUES_HASH)))
                .and(col("t.ngay_gui").eqNullSafe(col("s.ngay_gui")));
        DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(TableName.COMMUNE_MONTH_VERSIONS)).as("t")
                .merge(distinct.as("s"), same).whenNotMatched().insertAll().execute();
    }

    /**
     * Recomputes {@code commune_month} for the unit-months the batch touched and the months after
     * them (their headquarters warning compares with the touched month), from all their versions.
     */
    private void refreshCurrent(Dataset<Row> touched, Set<LocalDate> months) {
        Dataset<Row> refreshed = shifted(touched, 0, 1);
        Dataset<Row> withPrevious = shifted(touched, -1, 0, 1);
        Set<LocalDate> refreshedMonths = new TreeSet<>(months);
        months.forEach(m -> refreshedMonths.add(m.plusMonths(1)));
        Set<LocalDate> readMonths = new TreeSet<>(refreshedMonths);
        months.forEach(m -> readMonths.add(m.minusMonths(1)));

        Dataset<Row> versions = warehouse.read(TableName.COMMUNE_MONTH_VERSIONS)
                .where(col(Revisions.KY_BAO_CAO).isin(dates(readMonths)))
                .join(withPrevious, scalaSeq(Revisions.MA_XA, Revisions.KY_BAO_CAO), "left_semi");
        Dataset<Row> current = HeadquartersRegression.flag(Revisions.current(versions), warehouse.read(TableName.UNITS))
                .join(refreshed, scalaSeq(Revisions.MA_XA, Revisions.KY_BAO_CAO), "left_semi");
        Column same = col("t." + Revisions.KY_BAO_CAO).isin(dates(refreshedMonths))
                .and(col("t." + Revisions.MA_XA).equalTo(col("s." + Revisions.MA_XA)))
                .and(col("t." + Revisions.KY_BAO_CAO).equalTo(col("s." + Revisions.KY_BAO_CAO)));
        // Rows that come out as they were are not rewritten: an unchanged unit-month costs no file.
        Column unchanged = col("t." + CommuneMonthSchema.VALUES_HASH).equalTo(col("s." + CommuneMonthSchema.VALUES_HASH));
        for (String column : List.of(CommuneMonthSchema.REVISION, CommuneMonthSchema.WARNINGS, "ngay_gui",
                CommuneMonthSchema.SOURCE_FILE, CommuneMonthSchema.SHEET, CommuneMonthSchema.ROW_NUMBER)) {
            unchanged = unchanged.and(col("t." + column).eqNullSafe(col("s." + column)));
        }
        DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(TableName.COMMUNE_MONTH)).as("t")
                .merge(current.as("s"), same).whenMatched(not(unchanged)).updateAll().whenNotMatched().insertAll().execute();
    }

    /** The unit-months of {@code unitMonths} moved by each of {@code offsets} months, once each. */
    private static Dataset<Row> shifted(Dataset<Row> unitMonths, int... offsets) {
        Column[] months = java.util.Arrays.stream(offsets).mapToObj(o -> add_months(col(Revisions.KY_BAO_CAO), o))
                .toArray(Column[]::new);
        return unitMonths.select(col(Revisions.MA_XA), explode(array(months)).as(Revisions.KY_BAO_CAO)).distinct();
    }

    private static Object[] dates(Set<LocalDate> months) {
        return months.stream().map(Date::valueOf).toArray();
    }

    private static scala.collection.immutable.Seq<String> scalaSeq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
    }
}
