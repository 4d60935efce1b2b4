package vn.diemtua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.diemtua.i18n.Messages;
import vn.diemtua.maintain.MaintenancePlan;
import vn.diemtua.maintain.MaintenanceResult;
import vn.diemtua.maintain.TableMaintenance;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code maintain}: OPTIMIZE and VACUUM every existing table (or those named); prints one CSV row
 * per table on standard output, progress and a summary on standard error.
 */
@Command(name = "maintain", description = "Compact (OPTIMIZE, ZORDER) and VACUUM the warehouse's tables; "
        + "print what was done as CSV.")
public final class MaintainCommand extends SparkCommand {
    private static final Messages MESSAGES = new Messages("vn/diemtua/maintain/messages");

    @Option(names = "--retain-days", paramLabel = "DAYS", defaultValue = "" + MaintenancePlan.DEFAULT_RETAIN_DAYS,
            description = "VACUUM keeps the files of every version of the last DAYS days, so that --as-of "
                    + "can still read them. Default: ${DEFAULT-VALUE}.")
    int retainDays;

    @Option(names = "--no-vacuum", description = "Compact only; delete nothing.")
    boolean noVacuum;

    @Option(names = "--table", paramLabel = "NAME", description = "Only this table; repeatable. Default: every table.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--zorder", paramLabel = "TABLE=COL[,COL…]", mapFallbackValue = "",
            description = "Cluster a table's files by these columns (empty: compaction only); repeatable. "
                    + "Default: commune_month=ma_xa, metric_values=metric_id,unit_code.")
    Map<String, String> zOrder = new LinkedHashMap<>();

    @Override
    protected int run(Warehouse warehouse) {
        if (retainDays < 0) {
            throw new UsageException(bothLanguages("usage.negative-retention"));
        }
        MaintenancePlan plan = new MaintenancePlan(zOrderPlan(), retainDays * 24.0, !noVacuum);
        TableMaintenance maintenance = new TableMaintenance(warehouse, plan);
        if (maintenance.retentionRefusedByDelta()) {
            throw new UsageException(bothLanguages("usage.short-retention", retainDays));
        }
        List<TableName> present = selected().stream().filter(warehouse::exists).toList();

        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("table,files_before,files_after,files_removed,files_added,zorder_by,files_deleted");
        long before = 0;
        long after = 0;
        long deleted = 0;
        for (int i = 0; i < present.size(); i++) {
            TableName table = present.get(i);
            System.err.printf("maintain: %s (%d/%d)%n", table.tableName(), i + 1, present.size());
            MaintenanceResult r = maintenance.run(table);
            if (!r.zOrderBy().equals(plan.zOrderOf(table))) {
                System.err.println(bothLanguages("zorder.skipped", table.tableName(), String.join(",", plan.zOrderOf(table))));
            }
            out.println(String.join(",", table.tableName(), Long.toString(r.filesBefore()), Long.toString(r.filesAfter()),
                    Long.toString(r.filesRemoved()), Long.toString(r.filesAdded()),
                    Csv.escape(String.join(";", r.zOrderBy())), r.filesDeleted() < 0 ? "" : Long.toString(r.filesDeleted())));
            out.flush();
            before += r.filesBefore();
            after += r.filesAfter();
            deleted += Math.max(r.filesDeleted(), 0);
        }
        String key = plan.vacuum() ? "summary" : "summary.no-vacuum";
        System.err.println(bothLanguages(key, present.size(), before, after, deleted, retainDays));
        return ExitCode.DONE;
    }

    private List<TableName> selected() {
        return tables.isEmpty() ? List.of(TableName.values()) : tables.stream().map(MaintainCommand::table).toList();
    }

    private Map<TableName, List<String>> zOrderPlan() {
        Map<TableName, List<String>> plan = MaintenancePlan.defaultZOrder();
        zOrder.forEach((name, columns) -> plan.put(table(name),
                Arrays.stream(columns.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList()));
        return plan;
    }

    private static TableName table(String name) {
        return Arrays.stream(TableName.values()).filter(t -> t.tableName().equals(name)).findFirst()
                .orElseThrow(() -> new UsageException(bothLanguages("usage.unknown-table", name,
                        String.join(", ", Arrays.stream(TableName.values()).map(TableName::tableName).toList()))));
    }

    private static String bothLanguages(String key, Object... args) {
        return MESSAGES.vi(key, args) + "\n" + MESSAGES.en(key, args);
    }
}
