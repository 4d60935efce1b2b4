package vn.diemtua.generate;

import vn.diemtua.generate.draft.FileFormat;
import vn.diemtua.generate.model.Rng;

import java.util.Locale;

/** {@code --format}: every file XLSX, every file CSV, or both kinds, each province keeping its habit. */
public enum FormatOption {
    XLSX, CSV, BOTH;

    /** Share of provinces that send CSV under {@link #BOTH}. */
    private static final double CSV_SHARE = 0.35;

    public FileFormat formatOf(long seed, String provinceCode) {
        return switch (this) {
            case XLSX -> FileFormat.XLSX;
            case CSV -> FileFormat.CSV;
            case BOTH -> Rng.of(seed, "format-habit", provinceCode).nextDouble() < CSV_SHARE ? FileFormat.CSV : FileFormat.XLSX;
        };
    }

    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}
