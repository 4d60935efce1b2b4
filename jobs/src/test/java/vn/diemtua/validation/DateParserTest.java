package vn.diemtua.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.diemtua.ingest.read.CellKind;
import vn.diemtua.ingest.read.RawCell;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateParserTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    @ParameterizedTest
    @ValueSource(strings = {"05/11/2023", "5/11/2023", "05-11-2023", "05.11.2023", "2023-11-05",
            "2023-11-05 00:00:00", "2023-11-05T08:30", "ngày 5 tháng 11 năm 2023", "Ngày 05/11/2023"})
    void writtenDatesAreDayFirst(String text) {
        assertEquals(LocalDate.of(2023, 11, 5), DateParser.parse(RawCell.text(text), TODAY).value(), text);
    }

    @Test
    void dateCells() {
        assertEquals(LocalDate.of(2023, 11, 5), DateParser.parse(new RawCell("2023-11-05", CellKind.DATE), TODAY).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2023", "11/2023", "5 Nov 2023", "05/11/23", "45231"})
    void unreadableDates(String text) {
        assertEquals(ReasonCode.DATE_UNPARSEABLE, DateParser.parse(RawCell.text(text), TODAY).error(), text);
    }

    @Test
    void emptyIsNotReportedAndTheFutureIsAnError() {
        assertNull(DateParser.parse(RawCell.text(""), TODAY).value());
        assertFalse(DateParser.parse(RawCell.text("15/03/2024"), TODAY).failed());
        assertEquals(ReasonCode.DATE_FUTURE, DateParser.parse(RawCell.text("16/03/2024"), TODAY).error());
    }
}
