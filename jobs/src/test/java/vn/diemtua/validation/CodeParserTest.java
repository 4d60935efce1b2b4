package vn.diemtua.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeParserTest {
    @ParameterizedTest
    @CsvSource({"97,00097", "00097,00097", "' 26734 ',26734", "'''00004',00004", "1,00001"})
    void textCodesArePaddedToFiveDigits(String text, String expected) {
        assertEquals(expected, CodeParser.parse(RawCell.text(text)).value());
    }

    @Test
    void numberCellsLoseNothing() {
        assertEquals("00097", CodeParser.parse(new RawCell("97", CellKind.NUMBER)).value());
        assertEquals("00097", CodeParser.parse(new RawCell("97.0", CellKind.NUMBER)).value());
        assertEquals(ReasonCode.CODE_INVALID, CodeParser.parse(new RawCell("97.5", CellKind.NUMBER)).error());
    }

    @ParameterizedTest
    @CsvSource({"123456", "A0097", "00-97", "9.7", "-97"})
    void otherTextIsInvalid(String text) {
        assertEquals(ReasonCode.CODE_INVALID, CodeParser.parse(RawCell.text(text)).error());
    }

    @Test
    void emptyIsMissing() {
        assertEquals(ReasonCode.CODE_MISSING, CodeParser.parse(RawCell.text(" ")).error());
        assertEquals(ReasonCode.CODE_MISSING, CodeParser.parse(null).error());
    }
}
