package vn.diemtua.generate.draft;

import vn.diemtua.generate.model.Values;
import vn.diemtua.model.SubmissionKey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row that claims to be a unit's report: the typed values it was rendered from, where it goes,
 * its cells, and what was injected into it. Injectors change cells; a cell an error wrote is
 * {@linkplain #lock locked} so that a file's habits (month form, code as number, …) leave it alone.
 */
public final class DataRow {
    private final String code;
    private final String name;
    private final YearMonth month;
    private final LocalDate sentOn;
    private final Values values;
    private final String sheetKey;
    private final String sheetTitle;
    private final EnumMap<SubmissionKey, Cell> cells;
    private final EnumSet<SubmissionKey> locked = EnumSet.noneOf(SubmissionKey.class);
    private final List<String> injections = new ArrayList<>();
    private Expected expected = Expected.ACCEPT;
    private int blankRowsBefore;

    /**
     * @param sheetKey   which sheet of a province workbook the row goes to (the district code; empty
     *                   when the province has no districts)
     * @param sheetTitle the sheet's name in words (the district's name)
     */
    public DataRow(String code, String name, YearMonth month, LocalDate sentOn, Values values,
                   String sheetKey, String sheetTitle) {
        this.code = code;
        this.name = name;
        this.month = month;
        this.sentOn = sentOn;
        this.values = values;
        this.sheetKey = sheetKey;
        this.sheetTitle = sheetTitle;
        this.cells = RowRenderer.render(code, name, month, sentOn, values);
    }

    /** A fresh rendering of this row with other values or another sending date, same place. */
    public DataRow withValues(Values newValues, LocalDate newSentOn) {
        return new DataRow(code, name, month, newSentOn, newValues, sheetKey, sheetTitle);
    }

    /** The same row under another code and name (an unknown or foreign unit). */
    public DataRow asUnit(String newCode, String newName) {
        return new DataRow(newCode, newName, month, sentOn, values, sheetKey, sheetTitle);
    }

    /** An exact copy, cells included. */
    public DataRow copy() {
        DataRow copy = new DataRow(code, name, month, sentOn, values, sheetKey, sheetTitle);
        copy.cells.putAll(cells);
        copy.locked.addAll(locked);
        return copy;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public YearMonth month() {
        return month;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public Values values() {
        return values;
    }

    public String sheetKey() {
        return sheetKey;
    }

    public String sheetTitle() {
        return sheetTitle;
    }

    public Cell cell(SubmissionKey key) {
        return cells.get(key);
    }

    public Map<SubmissionKey, Cell> cells() {
        return Collections.unmodifiableMap(cells);
    }

    /** Sets a cell unless an error has locked it; returns whether it was set. */
    public boolean set(SubmissionKey key, Cell cell) {
        if (locked.contains(key)) {
            return false;
        }
        cells.put(key, cell);
        return true;
    }

    /** Sets a cell that no habit may change afterwards (an injected error). */
    public void lock(SubmissionKey key, Cell cell) {
        cells.put(key, cell);
        locked.add(key);
    }

    public Set<SubmissionKey> locked() {
        return Collections.unmodifiableSet(locked);
    }

    public List<String> injections() {
        return Collections.unmodifiableList(injections);
    }

    public void inject(String id, Expected outcome) {
        injections.add(id);
        if (outcome != Expected.ACCEPT) {
            expected = outcome;
        }
    }

    public Expected expected() {
        return expected;
    }

    public int blankRowsBefore() {
        return blankRowsBefore;
    }

    public void blankRowsBefore(int rows) {
        this.blankRowsBefore = rows;
    }
}
