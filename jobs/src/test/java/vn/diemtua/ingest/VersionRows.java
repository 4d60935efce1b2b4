package vn.diemtua.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.testing.SparkTestSession;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tiny frames of commune_month_versions for tests of the transformations. */
final class VersionRows {
    private final Map<String, Object> values = new HashMap<>();

    private VersionRows(String code, String month, String hash) {
        values.put("ma_xa", code);
        values.put("ky_bao_cao", Date.valueOf(month + "-01"));
        values.put(CommuneMonthSchema.PROVINCE_CODE, "01");
        values.put(CommuneMonthSchema.VALUES_HASH, hash);
        values.put(CommuneMonthSchema.WARNINGS, SparkValues.seq(List.of()));
        values.put(CommuneMonthSchema.SOURCE_FILE, "f.csv");
        values.put(CommuneMonthSchema.SHEET, "s");
        values.put(CommuneMonthSchema.ROW_NUMBER, 2);
        values.put(CommuneMonthSchema.FILE_SHA256, "sha");
        values.put(CommuneMonthSchema.INGESTED_AT, Timestamp.valueOf("2024-01-01 00:00:00"));
    }

    /** A version of unit {@code code} in {@code month} (yyyy-MM) whose values hash to {@code hash}. */
    static VersionRows version(String code, String month, String hash) {
        return new VersionRows(code, month, hash);
    }

    VersionRows with(String column, Object value) {
        values.put(column, value);
        return this;
    }

    VersionRows sentOn(String date) {
        return with("ngay_gui", date == null ? null : Date.valueOf(date));
    }

    VersionRows ingestedAt(String timestamp) {
        return with(CommuneMonthSchema.INGESTED_AT, Timestamp.valueOf(timestamp));
    }

    VersionRows from(String file, int row) {
        return with(CommuneMonthSchema.SOURCE_FILE, file).with(CommuneMonthSchema.ROW_NUMBER, row);
    }

    Row row(StructType schema) {
        Object[] fields = new Object[schema.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = values.get(schema.fields()[i].name());
        }
        return RowFactory.create(fields);
    }

    static Dataset<Row> versions(VersionRows... rows) {
        StructType schema = CommuneMonthSchema.versionSchema();
        return SparkTestSession.get().createDataFrame(java.util.Arrays.stream(rows).map(r -> r.row(schema)).toList(), schema);
    }

    static Dataset<Row> current(VersionRows... rows) {
        StructType schema = CommuneMonthSchema.currentSchema();
        for (VersionRows r : rows) {
            r.values.putIfAbsent(CommuneMonthSchema.REVISION, 1);
        }
        return SparkTestSession.get().createDataFrame(java.util.Arrays.stream(rows).map(r -> r.row(schema)).toList(), schema);
    }
}
