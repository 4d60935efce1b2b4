package vn.diemtua.metrics.formula;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checking and leaf extraction; evaluation on data is in {@link FormulaEvaluationTest}. */
class CompiledFormulaTest {

    private static List<String> leaves(String formula) {
        return CompiledFormula.compile(formula).leaves().stream().map(Leaf::canonical).toList();
    }

    @Test
    void aggregatesBecomeLeavesWithTheirKind() {
        assertEquals(List.of("SUM(toi_pham_lam_ro)", "SUM(toi_pham_phat_hien)"),
                leaves("SUM(toi_pham_lam_ro) / SUM(toi_pham_phat_hien)"));
        assertEquals(List.of("COUNTIF((tru_so = \"da_su_dung\"))@last", "COUNT(ma_xa)@last"),
                leaves("COUNTIF(tru_so = \"da_su_dung\") / COUNT(ma_xa)"));
        assertEquals(List.of("SUM(can_bo_chinh_quy)@last", "COUNT(can_bo_chinh_quy)@last"), leaves("AVG(can_bo_chinh_quy)"));
        assertEquals(List.of("SUM(toi_pham_phat_hien)@last"), leaves("LAST(toi_pham_phat_hien)"));
        assertEquals(List.of("MAX(can_bo_chinh_quy)@last", "MIN(tngt_vu)"), leaves("MAX(can_bo_chinh_quy) - MIN(tngt_vu)"));
        assertEquals(List.of("COUNT(ky_bao_cao)", "EXPECTED()"), leaves("COUNT(ky_bao_cao) / EXPECTED()"));
        assertEquals(List.of("COUNTIF(ON_TIME())"), leaves("COUNTIF(ON_TIME())"));
        assertEquals(List.of("SUM((toi_pham_phat_hien + vi_pham_phat_hien))"), leaves("SUM(toi_pham_phat_hien + vi_pham_phat_hien)"));
        assertEquals(List.of("COUNTIF(TRUE)@last"), leaves("COUNTIF(TRUE)"));
    }

    @Test
    void sameLeafIsSharedAndRatiosAreRecognised() {
        CompiledFormula f = CompiledFormula.compile("IF(SUM(tngt_vu) > 0, SUM(tngt_chet) / SUM(tngt_vu), 0)");
        assertEquals(2, f.leaves().size());
        assertFalse(f.isRatio());
        assertTrue(CompiledFormula.compile("(SUM(tngt_chet)) / SUM(tngt_vu)").isRatio());
        assertTrue(new Leaf(Aggregation.SUM, LeafKind.FLOW, Parser.parse("tngt_vu"))
                .equals(CompiledFormula.compile("SUM( tngt_vu )").leaves().get(0)));
    }

    private static FormulaException error(String formula) {
        return assertThrows(FormulaException.class, () -> CompiledFormula.compile(formula));
    }

    @Test
    void unknownNamesAreErrorsWithASuggestion() {
        FormulaException key = error("SUM(toi_pham_phat_hein)");
        assertEquals(5, key.position());
        assertEquals("unknown key \"toi_pham_phat_hein\" (did you mean \"toi_pham_phat_hien\"?)", key.messageEn());
        FormulaException function = error("SUM(tngt_vu) + MEDIAN(tngt_vu)");
        assertEquals(16, function.position());
        assertEquals("formula.unknownFunction", function.code());
    }

    @Test
    void contextErrors() {
        FormulaException bare = error("toi_pham_phat_hien + 1");
        assertEquals(1, bare.position());
        assertEquals("\"toi_pham_phat_hien\" must be inside an aggregate, e.g. SUM(toi_pham_phat_hien)", bare.messageEn());
        FormulaException nested = error("SUM(SUM(tngt_vu))");
        assertEquals(5, nested.position());
        assertEquals("formula.nestedAggregate", nested.code());
        FormulaException expectedInside = error("SUM(EXPECTED())");
        assertEquals(5, expectedInside.position());
        FormulaException rowOutside = error("ON_TIME()");
        assertEquals("formula.rowFunctionOutside", rowOutside.code());
        FormulaException mixed = error("SUM(toi_pham_phat_hien + can_bo_chinh_quy)");
        assertEquals(26, mixed.position());
        assertEquals("formula.mixedKinds", mixed.code());
    }

    @Test
    void typeErrors() {
        FormulaException sumText = error("SUM(tru_so)");
        assertEquals(5, sumText.position());
        assertEquals("SUM needs a number, found text", sumText.messageEn());
        FormulaException countifNumber = error("COUNTIF(tngt_vu)");
        assertEquals("COUNTIF needs a true/false condition, found a number", countifNumber.messageEn());
        FormulaException compare = error("COUNTIF(tru_so = 1)");
        assertEquals(18, compare.position());
        FormulaException ordered = error("COUNTIF(nha_o_doanh_trai > TRUE)");
        assertEquals(26, ordered.position());
        FormulaException arithmetic = error("SUM(tngt_vu) + \"x\"");
        assertEquals(16, arithmetic.position());
        FormulaException ifBranches = error("IF(SUM(tngt_vu) > 0, 1, \"none\")");
        assertEquals(25, ifBranches.position());
        FormulaException notNumber = error("SUM(tngt_vu) > 0");
        assertEquals("formula.notNumber", notNumber.code());
        FormulaException status = error("COUNTIF(tru_so = \"da_su_dng\")");
        assertEquals(18, status.position());
        assertTrue(status.messageEn().contains("\"da_su_dung\""));
    }

    @Test
    void arity() {
        FormulaException ifArgs = error("IF(SUM(tngt_vu) > 0, 1)");
        assertEquals(1, ifArgs.position());
        assertEquals("IF takes 3 argument(s), found 2", ifArgs.messageEn());
        assertEquals("formula.arity", error("SUM(tngt_vu, tngt_chet)").code());
        assertEquals("formula.arity", error("EXPECTED(1)").code());
    }
}
