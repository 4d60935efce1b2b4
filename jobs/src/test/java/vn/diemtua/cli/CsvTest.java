package vn.diemtua.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text a spreadsheet would run as a formula stays text in every CSV the project writes. */
class CsvTest {
    @Test
    void formulaLikeTextIsPrefixedSoItStaysText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"", Csv.escape("=HYPERLINK(\"http://x\",\"a\")"));
        assertEquals("'+cmd|' /C calc'!A0", Csv.escape("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", Csv.escape("-2+3"));
        assertEquals("'@SUM(A1:A2)", Csv.escape("@SUM(A1:A2)"));
        assertEquals("'\t=1+1", Csv.escape("\t=1+1"));
        assertEquals("\"'\r=1+1\"", Csv.escape("\r=1+1"));
    }

    @Test
    void numbersAndPlainTextAreLeftAsTheyAre() {
        assertEquals("-5", Csv.escape("-5"));
        assertEquals("+1.5", Csv.escape("+1.5"));
        assertEquals("Phường Phúc Xá", Csv.escape("Phường Phúc Xá"));
        assertEquals("\"Số vụ cháy, nổ\"", Csv.escape("Số vụ cháy, nổ"));
        assertEquals("", Csv.escape(null));
    }
}
