package vn.diemtua.extracts;

/** One column of one dataset as the data dictionary describes it. */
public record DictionaryEntry(String dataset, String column, String type, String labelVi, String meaningEn,
                              String unitVi, String unitEn) {
}
