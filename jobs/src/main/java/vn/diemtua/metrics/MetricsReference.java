package vn.diemtua.metrics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.i18n.Messages;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the metrics step needs from the reference lists, as small frames: units with validity
 * (expected units, names, parents) and the two crosswalks of 2025-07-01. Tests build it from a
 * handful of units; jobs from {@link ReferenceData#bundled()}.
 *
 * @param reorganisation the day the crosswalks take effect: earlier months are re-based for the
 *                       current geography
 */
public record MetricsReference(List<Unit> units, List<ReferenceData.CommuneLink> communeLinks,
                               List<ReferenceData.ProvinceLink> provinceLinks, LocalDate reorganisation) {
    public static final String CODE = "code";
    public static final String NEW_CODE = "new_code";
    public static final String SHARE = "share";
    public static final String SPLIT = "split";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_TO = "valid_to";
    public static final String NAME = "name";
    public static final String PARENT = "parent";

    private static final Messages MESSAGES = new Messages("vn/diemtua/metrics/messages");

    public static MetricsReference of(ReferenceData data) {
        return new MetricsReference(data.units(), data.communeCrosswalk(), data.provinceCrosswalk(),
                ReferenceData.REORGANISATION);
    }

    /** Units with validity: {@code ma_xa, province_code, district_code, valid_from, valid_to}. */
    public Dataset<Row> units(SparkSession spark) {
        StructType schema = new StructType()
                .add("ma_xa", DataTypes.StringType, false)
                .add("province_code", DataTypes.StringType, false)
                .add("district_code", DataTypes.StringType, true)
                .add(VALID_FROM, DataTypes.DateType, true)
                .add(VALID_TO, DataTypes.DateType, true);
        List<Row> rows = units.stream().map(u -> RowFactory.create(u.code(), u.provinceCode(), u.districtCode(),
                date(u.validFrom()), date(u.validTo()))).toList();
        return spark.createDataFrame(rows, schema);
    }

    /**
     * Old commune → new commune with the old unit's share, the equal-split rule: a unit split n
     * ways gives each new unit 1/n. The share is a whole number of {@link #shareScale()}ths, so
     * apportioned totals stay exact: {@code code, new_code, share, split}.
     */
    public Dataset<Row> communeLinks(SparkSession spark) {
        StructType schema = new StructType()
                .add(CODE, DataTypes.StringType, false)
                .add(NEW_CODE, DataTypes.StringType, false)
                .add(SHARE, DataTypes.LongType, false)
                .add(SPLIT, DataTypes.BooleanType, false);
        long scale = shareScale();
        List<Row> rows = communeLinks.stream().map(l -> RowFactory.create(l.oldCode(), l.newCode(),
                scale / l.targets(), l.targets() > 1)).toList();
        return spark.createDataFrame(rows, schema);
    }

    /** The least common multiple of the split counts (60 for splits into up to 5 units). */
    public long shareScale() {
        long scale = 1;
        for (ReferenceData.CommuneLink link : communeLinks) {
            scale = scale / gcd(scale, link.targets()) * link.targets();
        }
        return scale;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Old province → the new province it went into whole: {@code code, new_code}. */
    public Dataset<Row> provinceLinks(SparkSession spark) {
        StructType schema = new StructType()
                .add(CODE, DataTypes.StringType, false)
                .add(NEW_CODE, DataTypes.StringType, false);
        return spark.createDataFrame(provinceLinks.stream().map(l -> RowFactory.create(l.oldCode(), l.newCode())).toList(), schema);
    }

    /**
     * Names and parents of every unit at every level, with validity:
     * {@code level, code, valid_from, valid_to, name, parent}. A commune's parent is its district
     * where there is one, else its province; a district's and a province's parent is its
     * province or {@code VN}.
     */
    public Dataset<Row> names(SparkSession spark) {
        StructType schema = new StructType()
                .add("level", DataTypes.StringType, false)
                .add(CODE, DataTypes.StringType, false)
                .add(VALID_FROM, DataTypes.DateType, true)
                .add(VALID_TO, DataTypes.DateType, true)
                .add(NAME, DataTypes.StringType, true)
                .add(PARENT, DataTypes.StringType, true);
        Map<List<Object>, Row> rows = new LinkedHashMap<>();
        for (Unit u : units) {
            Date from = date(u.validFrom());
            Date to = date(u.validTo());
            add(rows, Level.COMMUNE, u.code(), from, to, u.fullName(), u.districtCode() != null ? u.districtCode() : u.provinceCode());
            if (u.districtCode() != null) {
                add(rows, Level.DISTRICT, u.districtCode(), from, to, u.districtName(), u.provinceCode());
            }
            add(rows, Level.PROVINCE, u.provinceCode(), from, to, u.provinceName(), MetricValuesSchema.NATION_CODE);
        }
        List<Row> all = new ArrayList<>(rows.values());
        all.add(RowFactory.create(Level.NATION.code(), MetricValuesSchema.NATION_CODE, null, null, MESSAGES.vi("nation.name"), null));
        return spark.createDataFrame(all, schema);
    }

    private static void add(Map<List<Object>, Row> rows, Level level, String code, Date from, Date to, String name, String parent) {
        rows.putIfAbsent(Arrays.asList(level.code(), code, from, to),
                RowFactory.create(level.code(), code, from, to, name, parent));
    }

    /** The first day on which every unit of the current list is valid: names of the current geography. */
    public LocalDate currentListFrom() {
        return units.stream().filter(u -> u.validTo() == null).map(Unit::validFrom).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(reorganisation);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
