package vn.diemtua.generate.draft;

import java.util.List;

/**
 * A sheet of a file: its name, the words under the title (a district's name, or null), its rows.
 */
public record SheetDraft(String name, String subtitle, List<DataRow> rows) {
}
