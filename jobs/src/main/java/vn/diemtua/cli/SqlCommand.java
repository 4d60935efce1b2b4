package vn.diemtua.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/** {@code sql "QUERY"}: Spark SQL over the tables by name, printed as CSV with a header row. */
@Command(name = "sql", description = "Run Spark SQL over the warehouse tables; print CSV to standard output.")
public final class SqlCommand extends SparkCommand {
    @Parameters(index = "0", paramLabel = "QUERY", description = "Spark SQL; tables by their names, e.g. commune_month.")
    String query;

    @Override
    protected int run(Warehouse warehouse) throws Exception {
        warehouse.registerViews();
        Dataset<Row> result;
        try {
            result = warehouse.spark().sql(query);
        } catch (Exception e) {
            // Spark throws AnalysisException (parse errors too) without declaring it: bad usage.
            if (e instanceof org.apache.spark.sql.AnalysisException) {
                throw new UsageException("SQL error: " + e.getMessage());
            }
            throw e;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(String.join(",", java.util.Arrays.stream(result.columns()).map(Csv::escape).toList()));
        // Streams partition by partition: the driver never holds the whole result.
        Iterator<Row> rows = result.toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(Csv.escape(Csv.text(row.get(i))));
            }
            out.println(line);
        }
        out.flush();
        return ExitCode.DONE;
    }
}
