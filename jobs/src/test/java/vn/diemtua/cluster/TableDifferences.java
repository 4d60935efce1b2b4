package vn.diemtua.cluster;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampType;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * How two warehouses fed the same files differ, table by table and row by row, leaving out what
 * differs between any two runs: run ids, timestamps, and where the input folder was. Each side is
 * summed up in Spark as a row count and an order-free sum of row hashes, so a table of any size is
 * never collected; only tables whose sums differ are compared row by row (EXCEPT ALL both ways)
 * to show a few differing rows. Each warehouse comes with the input folder URI its files were
 * ingested from.
 */
record TableDifferences(Warehouse left, String leftInput, Warehouse right, String rightInput) {
    /** What each run draws anew: ingest's batch id, metrics' run id. */
    private static final Set<String> RUN_COLUMNS = Set.of("batch_id", "run_id");
    private static final String INPUT = "<input>";
    private static final int SHOWN = 3;

    /** Every difference found: tables only one side has, row counts, a few rows only one side has. */
    List<String> all() {
        List<String> problems = new ArrayList<>();
        for (TableName table : TableName.values()) {
            boolean inLeft = left.exists(table);
            if (inLeft != right.exists(table)) {
                problems.add(table.tableName() + ": exists only in " + (inLeft ? left.uri() : right.uri()));
            } else if (inLeft) {
                problems.addAll(of(table));
            }
        }
        return problems;
    }

    List<String> of(TableName table) {
        Dataset<Row> a = comparable(left.read(table), leftInput);
        Dataset<Row> b = comparable(right.read(table), rightInput);
        Row sumA = fingerprint(a);
        Row sumB = fingerprint(b);
        if (sumA.equals(sumB)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        problems.add(table.tableName() + ": " + sumA.getLong(0) + " rows in " + left.uri() + ", " + sumB.getLong(0) + " in " + right.uri());
        a.exceptAll(b).limit(SHOWN).collectAsList().forEach(r -> problems.add(table.tableName() + " only in " + left.uri() + ": " + r.getString(0)));
        b.exceptAll(a).limit(SHOWN).collectAsList().forEach(r -> problems.add(table.tableName() + " only in " + right.uri() + ": " + r.getString(0)));
        return problems;
    }

    /** Row count and the sum of the rows' 64-bit hashes (as a decimal: a sum of longs overflows). */
    private static Row fingerprint(Dataset<Row> rows) {
        return rows.agg(count(lit(1)), sum(xxhash64(col("row")).cast(DataTypes.createDecimalType(38, 0)))).first();
    }

    /** One JSON text per row, without the run's own columns, the input folder replaced by a marker. */
    private static Dataset<Row> comparable(Dataset<Row> table, String inputUri) {
        Column[] kept = Arrays.stream(table.schema().fields())
                .filter(f -> !RUN_COLUMNS.contains(f.name()) && !(f.dataType() instanceof TimestampType))
                .map(StructField::name)
                .map(c -> col(c))
                .toArray(Column[]::new);
        return table.select(replace(to_json(struct(kept)), lit(inputUri), lit(INPUT)).as("row"));
    }
}
