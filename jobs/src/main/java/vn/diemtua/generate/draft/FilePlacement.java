package vn.diemtua.generate.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a province's rows for a month into files: {@code <YYYY-MM>/<province code>/} holds the first
 * sending ({@code <province>_<YYYY-MM>}, or {@code <code>_<YYYY-MM>} per unit) and, if any, the later
 * supplement ({@code …_bo_sung}).
 */
public final class FilePlacement {
    static final String SINGLE_SHEET = "Báo cáo";
    static final String SUPPLEMENT_SHEET = "Bổ sung";
    private static final int SHEET_NAME_LIMIT = 31;

    private FilePlacement() {
    }

    public static List<FileDraft> place(ProvinceMonth batch, Layout layout, FileFormat format, CsvEncoding encoding) {
        String directory = batch.month() + "/" + batch.provinceCode();
        List<FileDraft> files = new ArrayList<>();
        if (layout == Layout.PROVINCE_MONTH) {
            String base = batch.provinceCode() + "_" + batch.month();
            if (!batch.rows().isEmpty()) {
                files.add(new FileDraft(directory, base, batch, false, null, districtSheets(batch.rows()), format,
                        encoding));
            }
            if (!batch.supplement().isEmpty()) {
                files.add(new FileDraft(directory, base + "_bo_sung", batch, true, null,
                        List.of(new SheetDraft(SUPPLEMENT_SHEET, null, batch.supplement())), format, encoding));
            }
            return files;
        }
        addUnitFiles(files, batch, directory, batch.rows(), false, format, encoding);
        addUnitFiles(files, batch, directory, batch.supplement(), true, format, encoding);
        return files;
    }

    private static void addUnitFiles(List<FileDraft> files, ProvinceMonth batch, String directory, List<DataRow> rows,
                                     boolean supplement, FileFormat format, CsvEncoding encoding) {
        Map<String, List<DataRow>> byCode = new LinkedHashMap<>();
        for (DataRow row : rows) {
            byCode.computeIfAbsent(row.code(), c -> new ArrayList<>()).add(row);
        }
        byCode.forEach((code, unitRows) -> files.add(new FileDraft(directory,
                code + "_" + batch.month() + (supplement ? "_bo_sung" : ""), batch, supplement, unitRows.get(0).name(),
                List.of(new SheetDraft(supplement ? SUPPLEMENT_SHEET : SINGLE_SHEET, null, unitRows)), format, encoding)));
    }

    private static List<SheetDraft> districtSheets(List<DataRow> rows) {
        Map<String, List<DataRow>> byDistrict = new LinkedHashMap<>();
        for (DataRow row : rows) {
            byDistrict.computeIfAbsent(row.sheetKey(), k -> new ArrayList<>()).add(row);
        }
        List<SheetDraft> sheets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        byDistrict.forEach((district, districtRows) -> {
            String title = districtRows.get(0).sheetTitle();
            String name = district.isEmpty() || title == null ? SINGLE_SHEET : uniqueName(title, names);
            sheets.add(new SheetDraft(name, district.isEmpty() ? null : title, districtRows));
        });
        return sheets;
    }

    /** A valid, unique sheet name: no {@code []:*?/\}, at most 31 characters. */
    private static String uniqueName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        base = base.length() > SHEET_NAME_LIMIT ? base.substring(0, SHEET_NAME_LIMIT).trim() : base;
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        return name;
    }
}
