package vn.diemtua.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class CountParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0", "12|12", "007|7", "1.234|1234", "1,234|1234", "1 234|1234", "1\u00A0234|1234",
            "1\u202F234|1234", "1.234.567|1234567", "12.0|12", "12,00|12", "1.234,00|1234", "1,234.0|1234",
            "' 15 '|15", "+3|3", "-0|0"})
    void wholeNumbersInText(String text, long expected) {
        ParseResult<Long> result = CountParser.parse(RawCell.text(text));
        assertFalse(result.failed(), () -> text + " failed with " + result.error());
        assertEquals(expected, result.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,5|COUNT_FRACTIONAL", "2.5|COUNT_FRACTIONAL", "1.2345|COUNT_FRACTIONAL", "1.234,5|COUNT_FRACTIONAL",
            "1234.567|COUNT_FRACTIONAL", "-3|COUNT_NEGATIVE", "\u22123|COUNT_NEGATIVE", "- 1.234|COUNT_NEGATIVE",
            "-|COUNT_UNPARSEABLE", "abc|COUNT_UNPARSEABLE", "12a|COUNT_UNPARSEABLE", "1.23|COUNT_FRACTIONAL",
            "12 34|COUNT_UNPARSEABLE", "1.234,567|COUNT_FRACTIONAL", "1.234.5|COUNT_UNPARSEABLE",
            "(5)|COUNT_UNPARSEABLE", "99999999999999999999|COUNT_UNPARSEABLE", "1,234.5|COUNT_FRACTIONAL"})
    void rejectedTexts(String text, ReasonCode expected) {
        assertEquals(expected, CountParser.parse(RawCell.text(text)).error(), text);
    }

    @Test
    void emptyIsNotReportedNeverZero() {
        assertNull(CountParser.parse(RawCell.text("")).value());
        assertNull(CountParser.parse(RawCell.text("  \u00A0")).value());
        assertNull(CountParser.parse(null).value());
        assertFalse(CountParser.parse(RawCell.text(" ")).failed());
    }

    @Test
    void numberCellsArePlainDecimalsWithADot() {
        assertEquals(1234L, CountParser.parse(new RawCell("1234", CellKind.NUMBER)).value());
        assertEquals(5L, CountParser.parse(new RawCell("5.0", CellKind.NUMBER)).value());
        assertEquals(ReasonCode.COUNT_FRACTIONAL, CountParser.parse(new RawCell("1.234", CellKind.NUMBER)).error());
        assertEquals(ReasonCode.COUNT_NEGATIVE, CountParser.parse(new RawCell("-2", CellKind.NUMBER)).error());
        assertEquals(ReasonCode.CELL_FORMULA_ERROR, CountParser.parse(new RawCell("#DIV/0!", CellKind.ERROR)).error());
        assertEquals(ReasonCode.COUNT_UNPARSEABLE, CountParser.parse(new RawCell("2023-10-01", CellKind.DATE)).error());
    }
}
