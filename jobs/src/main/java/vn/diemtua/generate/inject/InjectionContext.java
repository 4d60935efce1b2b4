package vn.diemtua.generate.inject;

import vn.diemtua.reference.Unit;
import vn.diemtua.reference.UnitDirectory;

import java.util.List;

/**
 * What injectors may look up: the units valid in the month (to borrow another province's unit) and
 * the directory (to make sure an "unknown" code really names no unit that month).
 *
 * @param formerUnits units of the pre-2025 list, for codes used after they stopped being valid
 */
public record InjectionContext(List<Unit> unitsOfMonth, List<Unit> formerUnits, UnitDirectory directory) {
}
