package vn.diemtua.bench;

import vn.diemtua.model.KeyKind;
import vn.diemtua.model.SubmissionKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmark's peer: DuckDB, embedded in this JVM, does the pipeline's work on the same
 * submission CSVs (the generator's template, without file habits): find the unit rows under the
 * banners, type them, reject what the main rules reject (unknown code, a unit outside the province of the file's folder, bad or future month,
 * negative or fractional count, unknown headquarters status, conflicting duplicate in a file), keep
 * the latest sending of each unit and month, sum by province and nation per month, and write it
 * all as Parquet. It prints one line of facts ({@code key=value}) for the benchmark's record.
 * Arguments: input folder, output folder, the units CSV valid for the input's months.
 */
public final class DuckDbPeer {
    private DuckDbPeer() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        Files.createDirectories(Path.of(args[1]));
        String input = literal(args[0] + "/**/*.csv");
        String out = args[1];
        String units = literal(args[2]);
        List<SubmissionKey> keys = List.of(SubmissionKey.values());
        List<SubmissionKey> counts = SubmissionKey.counts();
        String columns = java.util.stream.IntStream.range(0, keys.size())
                .mapToObj(i -> "'" + keys.get(i).key() + "': 'VARCHAR'").collect(Collectors.joining(", "));
        String typedCounts = counts.stream().map(k -> "TRY_CAST(trim(" + k.key() + ") AS BIGINT) AS " + k.key())
                .collect(Collectors.joining(", "));
        String badCount = counts.stream().map(k -> "(trim(" + k.key() + ") <> '' AND TRY_CAST(trim(" + k.key()
                + ") AS BIGINT) IS NULL)").collect(Collectors.joining(" OR "));
        String negative = counts.stream().map(k -> k.key() + " < 0").collect(Collectors.joining(" OR "));
        String valueColumns = keys.stream().filter(k -> k.kind() != KeyKind.CODE && k.kind() != KeyKind.MONTH
                && k.kind() != KeyKind.TEXT && k.kind() != KeyKind.DATE).map(SubmissionKey::key).collect(Collectors.joining(", "));
        String sums = counts.stream().map(k -> "sum(" + k.key() + ") AS " + k.key()).collect(Collectors.joining(", "));

        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE units AS SELECT commune_code, province_code FROM read_csv(" + units + ", all_varchar = true)");
        sql.add("CREATE TABLE raw AS SELECT * FROM read_csv(" + input + ", header = false, auto_detect = false, delim = ',', "
                + "quote = '\"', escape = '\"', null_padding = true, filename = true, columns = {" + columns + "})");
        sql.add("CREATE TABLE typed AS SELECT filename, trim(ma_xa) AS ma_xa, "
                + "CAST(try_strptime('01/' || trim(ky_bao_cao), '%d/%m/%Y') AS DATE) AS ky_bao_cao, "
                + "CAST(try_strptime(trim(ngay_gui), '%d/%m/%Y') AS DATE) AS ngay_gui, " + typedCounts + ", "
                + "trim(tru_so) AS tru_so, trim(nha_o_doanh_trai) AS nha_o_doanh_trai, (" + badCount + ") AS bad_count "
                + "FROM raw WHERE regexp_full_match(trim(ma_xa), '[0-9]{5}')");
        sql.add("CREATE TABLE checked AS SELECT t.*, u.province_code, CASE "
                + "WHEN u.commune_code IS NULL THEN 'CODE_UNKNOWN' "
                + "WHEN u.province_code <> regexp_extract(t.filename, '/([0-9]{2})/[^/]*$', 1) THEN 'OUTSIDE_PROVINCE' "
                + "WHEN t.ky_bao_cao IS NULL THEN 'MONTH_UNPARSEABLE' "
                + "WHEN t.ky_bao_cao > current_date THEN 'MONTH_FUTURE' "
                + "WHEN t.bad_count THEN 'COUNT_FRACTIONAL' "
                + "WHEN " + negative + " THEN 'COUNT_NEGATIVE' "
                + "WHEN t.tru_so NOT IN ('da_su_dung', 'dang_xay_dung', 'dang_thu_tuc', 'chua_co') THEN 'HQ_STATUS_UNKNOWN' "
                + "WHEN count(DISTINCT (" + valueColumns + ")) OVER (PARTITION BY t.filename, t.ma_xa, t.ky_bao_cao) > 1 "
                + "THEN 'DUPLICATE_CONFLICT' END AS reason_code "
                + "FROM typed t LEFT JOIN units u ON u.commune_code = t.ma_xa");
        sql.add("CREATE TABLE commune_month AS SELECT * EXCLUDE (bad_count, reason_code) FROM checked "
                + "WHERE reason_code IS NULL QUALIFY row_number() OVER (PARTITION BY ma_xa, ky_bao_cao "
                + "ORDER BY ngay_gui DESC NULLS LAST, filename DESC) = 1");
        sql.add("CREATE TABLE province_month AS SELECT province_code, ky_bao_cao, count(*) AS units_reported, " + sums
                + " FROM commune_month GROUP BY ALL");
        sql.add("CREATE TABLE nation_month AS SELECT 'VN' AS unit_code, ky_bao_cao, count(*) AS units_reported, " + sums
                + " FROM commune_month GROUP BY ALL");
        sql.add("COPY (SELECT * EXCLUDE (filename) FROM commune_month) TO " + literal(out + "/commune_month")
                + " (FORMAT parquet, PARTITION_BY (province_code), OVERWRITE_OR_IGNORE)");
        for (String table : List.of("province_month", "nation_month")) {
            sql.add("COPY " + table + " TO " + literal(out + "/" + table + ".parquet") + " (FORMAT parquet)");
        }
        sql.add("COPY (SELECT filename, ma_xa, ky_bao_cao, reason_code FROM checked WHERE reason_code IS NOT NULL) TO "
                + literal(out + "/rejections.parquet") + " (FORMAT parquet)");

        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duckdb.createStatement()) {
            for (String step : sql) {
                statement.execute(step);
            }
            try (ResultSet rs = statement.executeQuery("SELECT (SELECT count(*) FROM typed) AS unit_rows, "
                    + "(SELECT count(*) FROM checked WHERE reason_code IS NOT NULL) AS rejected, "
                    + "(SELECT count(*) FROM commune_month) AS commune_month_rows, "
                    + "(SELECT sum(toi_pham_phat_hien + vi_pham_phat_hien) FROM nation_month) AS crimes_and_violations, "
                    + "(SELECT sum(doi_tuong_xu_ly) FROM nation_month) AS subjects_handled")) {
                rs.next();
                System.out.printf("unit_rows=%d rejected=%d commune_month_rows=%d crimes_and_violations=%d subjects_handled=%d%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
