package vn.diemtua.metrics.formula;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserTest {

    @Test
    void precedenceAndAssociativity() {
        assertEquals("((1 + (2 * 3)) - 4)", Parser.parse("1 + 2 * 3 - 4").canonical());
        assertEquals("((8 / 4) / 2)", Parser.parse("8/4/2").canonical());
        assertEquals("((1 + 2) * 3)", Parser.parse("(1 + 2) * 3").canonical());
        assertEquals("(-1 * 2)", Parser.parse("-1 * 2").canonical());
        assertEquals("(1 + 2)", Parser.parse("+1 + 2").canonical());
    }

    @Test
    void comparisonsBindLooserThanArithmetic() {
        assertEquals("((a + 1) >= (b * 2))", Parser.parse("a + 1 >= b * 2").canonical());
        assertEquals("(a <> b)", Parser.parse("a<>b").canonical());
        assertEquals("(a <= b)", Parser.parse("a <= b").canonical());
        assertEquals("(a < b)", Parser.parse("a < b").canonical());
        assertEquals("(a > b)", Parser.parse("a > b").canonical());
        assertEquals("(a = b)", Parser.parse("a = b").canonical());
    }

    @Test
    void literals() {
        Node.NumberLiteral percent = assertInstanceOf(Node.NumberLiteral.class, Parser.parse("75%"));
        assertEquals(0.75, percent.value(), 1e-12);
        assertEquals(2.5, ((Node.NumberLiteral) Parser.parse("2.5")).value());
        assertEquals(0.5, ((Node.NumberLiteral) Parser.parse(".5")).value());
        assertEquals("say \"hi\"", ((Node.TextLiteral) Parser.parse("\"say \"\"hi\"\"\"")).value());
        assertEquals(true, ((Node.BooleanLiteral) Parser.parse("TRUE")).value());
        assertEquals(false, ((Node.BooleanLiteral) Parser.parse("false")).value());
    }

    @Test
    void callsNamesAndSeparators() {
        Node.Call call = assertInstanceOf(Node.Call.class, Parser.parse("if(a > 0; 1, 2)"));
        assertEquals("IF", call.function());
        assertEquals(3, call.args().size());
        assertEquals("EXPECTED()", Parser.parse("Expected()").canonical());
        assertEquals("SUM(toi_pham_lam_ro)", Parser.parse("SUM(Toi_Pham_Lam_Ro)").canonical());
    }

    @Test
    void positionsOfNodes() {
        Node.Binary b = (Node.Binary) Parser.parse("SUM(a) / SUM(b)");
        assertEquals(8, b.position());
        assertEquals(1, b.left().position());
        assertEquals(10, b.right().position());
    }

    private static FormulaException error(String formula) {
        return assertThrows(FormulaException.class, () -> Parser.parse(formula));
    }

    @Test
    void errorsNamePositionAndExpectation() {
        FormulaException missingClose = error("SUM(toi_pham_lam_ro");
        assertEquals(20, missingClose.position());
        assertEquals("formula.expected", missingClose.code());
        assertEquals("expected \")\" or \",\" but found the end of the formula", missingClose.messageEn());
        assertTrue(missingClose.messageVi().startsWith("cần \")\" hoặc \",\""));

        FormulaException dangling = error("SUM(a) +");
        assertEquals(9, dangling.position());
        assertTrue(dangling.messageEn().startsWith("expected a number, a text in quotes, a key, a function or \"(\""));

        FormulaException twoOperands = error("SUM(a) SUM(b)");
        assertEquals(8, twoOperands.position());
        assertEquals("expected the end of the formula or an operator but found SUM", twoOperands.messageEn());

        FormulaException unclosedParen = error("(1 + 2");
        assertEquals(7, unclosedParen.position());
        assertEquals("expected \")\" but found the end of the formula", unclosedParen.messageEn());

        FormulaException badChar = error("SUM(a) ! 2");
        assertEquals(8, badChar.position());
        assertEquals("formula.unexpectedCharacter", badChar.code());

        FormulaException openText = error("COUNTIF(tru_so = \"da_su_dung)");
        assertEquals(18, openText.position());
        assertEquals("formula.unterminatedText", openText.code());

        assertEquals("formula.empty", error("   ").code());

        FormulaException chained = error("1 < 2 < 3");
        assertEquals(7, chained.position());
    }
}
