package vn.diemtua.reference;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.TableName;
import vn.diemtua.warehouse.Warehouse;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the reference lists as the tables {@code units}, {@code unit_aliases},
 * {@code unit_crosswalk} and {@code province_crosswalk}, once per warehouse (they change only with
 * a new release of the program, which then overwrites them).
 */
public final class ReferenceTables {
    private ReferenceTables() {
    }

    public static final StructType UNITS = new StructType()
            .add("ma_xa", DataTypes.StringType, false)
            .add("ten_xa", DataTypes.StringType, false)
            .add("unit_type", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, true)
            .add("district_name", DataTypes.StringType, true)
            .add("province_code", DataTypes.StringType, false)
            .add("province_name", DataTypes.StringType, false)
            .add("valid_from", DataTypes.DateType, true)
            .add("valid_to", DataTypes.DateType, true);

    public static final StructType ALIASES = new StructType()
            .add("alias_code", DataTypes.StringType, false)
            .add("official_code", DataTypes.StringType, false)
            .add("ten_xa", DataTypes.StringType, false)
            .add("valid_from", DataTypes.DateType, false)
            .add("valid_to", DataTypes.DateType, true)
            .add("note", DataTypes.StringType, true);

    public static final StructType COMMUNE_CROSSWALK = new StructType()
            .add("old_code", DataTypes.StringType, false)
            .add("old_name", DataTypes.StringType, false)
            .add("old_level", DataTypes.StringType, false)
            .add("old_province_code", DataTypes.StringType, false)
            .add("new_code", DataTypes.StringType, false)
            .add("new_name", DataTypes.StringType, false)
            .add("new_province_code", DataTypes.StringType, false)
            .add("n_targets", DataTypes.IntegerType, false)
            .add("weight", DataTypes.DoubleType, false)
            .add("effective_from", DataTypes.DateType, false);

    public static final StructType PROVINCE_CROSSWALK = new StructType()
            .add("old_province_code", DataTypes.StringType, false)
            .add("old_province_name", DataTypes.StringType, false)
            .add("new_province_code", DataTypes.StringType, false)
            .add("new_province_name", DataTypes.StringType, false)
            .add("effective_from", DataTypes.DateType, false);

    /** Writes whichever reference tables the warehouse lacks. */
    public static void ensure(Warehouse warehouse, ReferenceData data) {
        Date reorg = sqlDate(ReferenceData.REORGANISATION);
        writeIfMissing(warehouse, TableName.UNITS, UNITS, data.units().stream()
                .map(u -> RowFactory.create(u.code(), u.fullName(), u.type(), u.districtCode(), u.districtName(),
                        u.provinceCode(), u.provinceName(), sqlDate(u.validFrom()), sqlDate(u.validTo())))
                .toList());
        writeIfMissing(warehouse, TableName.UNIT_ALIASES, ALIASES, data.aliases().stream()
                .map(a -> RowFactory.create(a.aliasCode(), a.officialCode(), a.fullName(), reorg, null, a.note()))
                .toList());
        writeIfMissing(warehouse, TableName.UNIT_CROSSWALK, COMMUNE_CROSSWALK, data.communeCrosswalk().stream()
                .map(l -> RowFactory.create(l.oldCode(), l.oldName(), l.oldLevel(), l.oldProvinceCode(), l.newCode(),
                        l.newName(), l.newProvinceCode(), l.targets(), l.weight(), reorg))
                .toList());
        writeIfMissing(warehouse, TableName.PROVINCE_CROSSWALK, PROVINCE_CROSSWALK, data.provinceCrosswalk().stream()
                .map(l -> RowFactory.create(l.oldCode(), l.oldName(), l.newCode(), l.newName(), reorg))
                .toList());
    }

    private static void writeIfMissing(Warehouse warehouse, TableName table, StructType schema, List<Row> rows) {
        if (warehouse.exists(table)) {
            return;
        }
        Dataset<Row> frame = warehouse.spark().createDataFrame(rows, schema).coalesce(1);
        frame.write().format("delta").mode("overwrite").save(warehouse.pathOf(table));
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
