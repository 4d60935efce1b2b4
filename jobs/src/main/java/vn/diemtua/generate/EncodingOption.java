package vn.diemtua.generate;

import vn.diemtua.generate.draft.CsvEncoding;
import vn.diemtua.generate.model.Rng;

import java.util.Locale;

/** {@code --csv-encoding}: one encoding for every CSV, or {@code mixed}, each province keeping its habit. */
public enum EncodingOption {
    UTF8, UTF8_BOM, UTF16_TAB, MIXED;

    public CsvEncoding encodingOf(long seed, String provinceCode) {
        return switch (this) {
            case UTF8 -> CsvEncoding.UTF8;
            case UTF8_BOM -> CsvEncoding.UTF8_BOM;
            case UTF16_TAB -> CsvEncoding.UTF16_TAB;
            case MIXED -> {
                double u = Rng.of(seed, "encoding-habit", provinceCode).nextDouble();
                yield u < 0.45 ? CsvEncoding.UTF8 : u < 0.8 ? CsvEncoding.UTF8_BOM : CsvEncoding.UTF16_TAB;
            }
        };
    }

    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
