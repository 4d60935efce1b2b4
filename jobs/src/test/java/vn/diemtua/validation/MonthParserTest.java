package vn.diemtua.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MonthParserTest {
    private static final YearMonth NOW = YearMonth.of(2024, 3);

    @ParameterizedTest
    @ValueSource(strings = {"2023-10", "2023/10", "10/2023", "10-2023", "10.2023", "Tháng 10/2023", "tháng 10/2023",
            "THÁNG 10/2023", "thang 10/2023", "T10/2023", "t10/2023", "T.10/2023", "Tháng 10 năm 2023",
            "Tha\u0301ng 10/2023", "01/10/2023", "31/10/2023", "2023-10-01", " 10 / 2023 "})
    void writtenMonths(String text) {
        assertEquals(YearMonth.of(2023, 10), MonthParser.parse(RawCell.text(text), NOW).value(), text);
    }

    @Test
    void oneDigitMonthsAndDateCells() {
        assertEquals(YearMonth.of(2023, 1), MonthParser.parse(RawCell.text("1/2023"), NOW).value());
        assertEquals(YearMonth.of(2023, 10), MonthParser.parse(new RawCell("2023-10-01", CellKind.DATE), NOW).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/2023", "10/23", "Oct 2023", "2023", "0/2023", "32/10/2023", "10/0203", "x"})
    void unreadableMonths(String text) {
        assertEquals(ReasonCode.MONTH_UNPARSEABLE, MonthParser.parse(RawCell.text(text), NOW).error(), text);
    }

    @Test
    void numbersAreNotMonths() {
        assertEquals(ReasonCode.MONTH_UNPARSEABLE, MonthParser.parse(new RawCell("202310", CellKind.NUMBER), NOW).error());
    }

    @Test
    void theCurrentMonthIsAcceptedAndALaterOneIsFuture() {
        assertEquals(NOW, MonthParser.parse(RawCell.text("03/2024"), NOW).value());
        ParseResult<YearMonth> future = MonthParser.parse(RawCell.text("04/2024"), NOW);
        assertEquals(ReasonCode.MONTH_FUTURE, future.error());
        assertEquals("2024-03", future.detail());
    }

    @Test
    void emptyIsMissing() {
        assertEquals(ReasonCode.MONTH_MISSING, MonthParser.parse(RawCell.text(""), NOW).error());
    }
}
