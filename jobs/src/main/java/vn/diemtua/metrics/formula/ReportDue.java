package vn.diemtua.metrics.formula;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;

/**
 * When a month's report is due: by the 5th of the next month (SPEC section 5). The one definition
 * used by {@code ON_TIME()} in formulas and by {@code reporting_rates}.
 */
public final class ReportDue {
    /** Day of the next month by which a report is on time. */
    public static final int DUE_DAY = 5;

    private ReportDue() {
    }

    /** The due date of the report for {@code month} (a first-of-month date). */
    public static Column dueDate(Column month) {
        return date_add(add_months(month, 1), DUE_DAY - 1);
    }

    /** True when sent by the due date; a report without a sending date is not on time. */
    public static Column onTime(Column sent, Column month) {
        return coalesce(sent.leq(dueDate(month)), lit(false));
    }
}
