package vn.diemtua.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.diemtua.reference.Unit;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameMatcherTest {
    private static final Unit THAI_HOA = unit("Xã Thái Hòa", "Xã");
    private static final Unit THUY = unit("Xã Thủy Xuân Tiên", "Xã");
    private static final Unit SOC_SON = unit("Thị trấn Sóc Sơn", "Thị trấn");

    private static Unit unit(String name, String type) {
        return new Unit("00000", name, type, null, null, "01", "Thành phố Hà Nội", null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xã Thái Hòa", "Xã Thái Hoà", "xã thái hoà", "Thái Hòa", "  Thái   Hoà ", "XÃ THÁI HÒA",
            "Thai Hoa", "Xa Thai Hoa", "X. Thái Hòa", ""})
    void sameUnitWrittenDifferently(String name) {
        assertTrue(NameMatcher.matches(name, THAI_HOA), name);
    }

    @Test
    void toneMarkPlacementAndNormalForms() {
        assertTrue(NameMatcher.matches("Xã Thuỷ Xuân Tiên", THUY));
        assertTrue(NameMatcher.matches(Normalizer.normalize("Xã Thủy Xuân Tiên", Normalizer.Form.NFD), THUY));
        assertTrue(NameMatcher.matches("Sóc Sơn", SOC_SON));
        assertTrue(NameMatcher.matches("TT. Sóc Sơn", SOC_SON));
        assertTrue(NameMatcher.matches(null, SOC_SON));
    }

    @Test
    void otherNamesDoNotMatch() {
        assertFalse(NameMatcher.matches("Xã Thái Hà", THAI_HOA));
        assertFalse(NameMatcher.matches("Xã Thái Hỏa", THAI_HOA));
        assertFalse(NameMatcher.matches("Thai Ha", THAI_HOA));
        assertFalse(NameMatcher.matches("Phường Sóc Sơn Mới", SOC_SON));
    }
}
