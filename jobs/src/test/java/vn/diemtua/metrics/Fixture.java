package vn.diemtua.metrics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;
import vn.diemtua.testing.SparkTestSession;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny world for tests. Before 2025-07: province 01 (district 001: communes 00001, 00004),
 * province 02 (district 024: commune 00700), province 08 (district 070: commune 02200). From
 * 2025-07: province 01 (00004), province 08 (00800, 00801). Old 00001 and 00004 merge into new
 * 00004; old 00700 is split equally between 00800 and 00801; old 02200 goes into 00801; old
 * provinces 02 and 08 go into new 08.
 */
public final class Fixture {
    public static final LocalDate REORG = ReferenceData.REORGANISATION;

    private final List<Row> rows = new ArrayList<>();

    public static MetricsReference reference() {
        List<Unit> units = List.of(
                new Unit("00001", "Phường A", "Phường", "001", "Quận X", "01", "Thành phố Hà Nội", null, REORG),
                new Unit("00004", "Phường B", "Phường", "001", "Quận X", "01", "Thành phố Hà Nội", null, REORG),
                new Unit("00700", "Xã C", "Xã", "024", "Huyện Y", "02", "Tỉnh Hà Giang", null, REORG),
                new Unit("02200", "Xã D", "Xã", "070", "Huyện Z", "08", "Tỉnh Tuyên Quang", null, REORG),
                new Unit("00004", "Phường Ba Đình", "Phường", null, null, "01", "Thành phố Hà Nội", REORG, null),
                new Unit("00800", "Xã E", "Xã", null, null, "08", "Tỉnh Tuyên Quang", REORG, null),
                new Unit("00801", "Xã F", "Xã", null, null, "08", "Tỉnh Tuyên Quang", REORG, null));
        List<ReferenceData.CommuneLink> communes = List.of(
                new ReferenceData.CommuneLink("01", "01", "level3", "00001", "Phường A", "00004", "Phường Ba Đình", 1),
                new ReferenceData.CommuneLink("01", "01", "level3", "00004", "Phường B", "00004", "Phường Ba Đình", 1),
                new ReferenceData.CommuneLink("02", "08", "level3", "00700", "Xã C", "00800", "Xã E", 2),
                new ReferenceData.CommuneLink("02", "08", "level3", "00700", "Xã C", "00801", "Xã F", 2),
                new ReferenceData.CommuneLink("08", "08", "level3", "02200", "Xã D", "00801", "Xã F", 1));
        List<ReferenceData.ProvinceLink> provinces = List.of(
                new ReferenceData.ProvinceLink("01", "Thành phố Hà Nội", "01", "Thành phố Hà Nội"),
                new ReferenceData.ProvinceLink("02", "Tỉnh Hà Giang", "08", "Tỉnh Tuyên Quang"),
                new ReferenceData.ProvinceLink("08", "Tỉnh Tuyên Quang", "08", "Tỉnh Tuyên Quang"));
        return new MetricsReference(units, communes, provinces, REORG);
    }

    /** The province and district of a fixture code in a month. */
    private static String[] place(String code, YearMonth month) {
        boolean before = month.atDay(1).isBefore(REORG);
        return switch (code) {
            case "00001" -> new String[]{"01", "001"};
            case "00004" -> before ? new String[]{"01", "001"} : new String[]{"01", null};
            case "00700" -> new String[]{"02", "024"};
            case "02200" -> new String[]{"08", "070"};
            default -> new String[]{"08", null};
        };
    }

    /**
     * Adds a unit-month; {@code values} are pairs of key and value (Integer/Long counts, String
     * tru_so, Boolean barracks, "yyyy-mm-dd" ngay_gui).
     */
    public Fixture add(String code, String month, Object... values) {
        YearMonth ym = YearMonth.parse(month);
        Map<String, Object> byKey = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            byKey.put((String) values[i], values[i + 1]);
        }
        String[] place = place(code, ym);
        StructType schema = CommuneMonthSchema.currentSchema();
        Object[] cells = new Object[schema.size()];
        for (int i = 0; i < schema.size(); i++) {
            StructField field = schema.fields()[i];
            cells[i] = switch (field.name()) {
                case "ma_xa" -> code;
                case "ky_bao_cao" -> Date.valueOf(ym.atDay(1));
                case CommuneMonthSchema.PROVINCE_CODE -> place[0];
                case CommuneMonthSchema.DISTRICT_CODE -> place[1];
                case CommuneMonthSchema.WARNINGS -> new String[0];
                case CommuneMonthSchema.VALUES_HASH, CommuneMonthSchema.SOURCE_FILE, CommuneMonthSchema.SHEET,
                     CommuneMonthSchema.FILE_SHA256 -> "test";
                case CommuneMonthSchema.ROW_NUMBER, CommuneMonthSchema.REVISION -> 1;
                case CommuneMonthSchema.INGESTED_AT -> Timestamp.valueOf("2025-01-01 00:00:00");
                default -> typed(field.name(), byKey.get(field.name()));
            };
        }
        rows.add(RowFactory.create(cells));
        return this;
    }

    private static Object typed(String key, Object value) {
        if (value == null) {
            return null;
        }
        SubmissionKey k = SubmissionKey.fromKey(key).orElseThrow();
        return switch (k.kind()) {
            case FLOW, STOCK_COUNT -> ((Number) value).longValue();
            case DATE -> Date.valueOf((String) value);
            default -> value;
        };
    }

    public Dataset<Row> frame() {
        return SparkTestSession.get().createDataFrame(rows, CommuneMonthSchema.currentSchema());
    }
}
