package vn.diemtua.report;

import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Province names by code, as valid in a month: a code names one province before the 2025
 * reorganisation and possibly another (merged) one after it.
 */
public final class ProvinceNames {
    private final Map<String, String> before = new HashMap<>();
    private final Map<String, String> after = new HashMap<>();

    public ProvinceNames(ReferenceData reference) {
        for (Unit unit : reference.units()) {
            Map<String, String> list = unit.validFrom() == null ? before : after;
            list.putIfAbsent(unit.provinceCode(), unit.provinceName());
        }
    }

    /** The name of a province code in a month; the code itself if no list knows it. */
    public String name(String code, YearMonth month) {
        boolean afterReorganisation = !month.atDay(1).isBefore(ReferenceData.REORGANISATION);
        Map<String, String> first = afterReorganisation ? after : before;
        Map<String, String> second = afterReorganisation ? before : after;
        return first.getOrDefault(code, second.getOrDefault(code, code));
    }
}
