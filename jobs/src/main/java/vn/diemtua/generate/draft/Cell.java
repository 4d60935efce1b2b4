package vn.diemtua.generate.draft;

import java.time.LocalDate;
import java.time.YearMonth;

/** One cell as it will be written. */
public record Cell(String text, CellType type) {
    public static final Cell EMPTY = new Cell("", CellType.TEXT);

    public static Cell text(String text) {
        return new Cell(text, CellType.TEXT);
    }

    public static Cell number(long value) {
        return new Cell(Long.toString(value), CellType.NUMBER);
    }

    public static Cell date(LocalDate date) {
        return new Cell(date.toString(), CellType.DATE);
    }

    public static Cell month(YearMonth month) {
        return new Cell(month.atDay(1).toString(), CellType.MONTH);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
