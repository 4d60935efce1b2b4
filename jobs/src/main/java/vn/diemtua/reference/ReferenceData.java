package vn.diemtua.reference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The reference lists of {@code data/reference/}, shipped inside the jar so that no job reads a
 * driver-local file: units valid before and from {@link #REORGANISATION}, alias codes, and the
 * old-to-new crosswalks. About 25,000 small rows: held in memory and broadcast where needed.
 */
public final class ReferenceData implements Serializable {
    /** The day the post-2025 unit list takes effect. */
    public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

    private static final String ROOT = "/reference/";
    private static ReferenceData bundled;

    private final List<Unit> units;
    private final List<Alias> aliases;
    private final List<CommuneLink> communeCrosswalk;
    private final List<ProvinceLink> provinceCrosswalk;

    /** An alternative code some published lists give; valid from {@link #REORGANISATION}. */
    public record Alias(String aliasCode, String officialCode, String fullName, String note) implements Serializable {
    }

    /**
     * One old unit's share in one new unit. A split old unit has {@code targets} rows; its flows are
     * apportioned equally ({@code weight = 1 / targets}), the documented rule for re-basing.
     */
    public record CommuneLink(String oldProvinceCode, String newProvinceCode, String oldLevel, String oldCode,
                              String oldName, String newCode, String newName, int targets) implements Serializable {
        public double weight() {
            return 1.0 / targets;
        }
    }

    public record ProvinceLink(String oldCode, String oldName, String newCode, String newName) implements Serializable {
    }

    ReferenceData(List<Unit> units, List<Alias> aliases, List<CommuneLink> communeCrosswalk,
                  List<ProvinceLink> provinceCrosswalk) {
        this.units = List.copyOf(units);
        this.aliases = List.copyOf(aliases);
        this.communeCrosswalk = List.copyOf(communeCrosswalk);
        this.provinceCrosswalk = List.copyOf(provinceCrosswalk);
    }

    /** The lists shipped in the jar. */
    public static synchronized ReferenceData bundled() {
        if (bundled == null) {
            List<Unit> units = new ArrayList<>();
            units.addAll(read("units_pre2025_communes.csv", r -> new Unit(
                    r.get("commune_code"), r.get("commune_full_name"), r.get("commune_type"),
                    r.get("district_code"), r.get("district_full_name"),
                    r.get("province_code"), r.get("province_full_name"), null, REORGANISATION)));
            units.addAll(read("units_post2025_communes.csv", r -> new Unit(
                    r.get("commune_code"), r.get("commune_full_name"), r.get("commune_unit_type"),
                    null, null, r.get("province_code"), r.get("province_full_name"), REORGANISATION, null)));
            bundled = new ReferenceData(units,
                    read("code_aliases_post2025.csv", r -> new Alias(
                            r.get("alias_code"), r.get("official_code"), r.get("commune_full_name"), r.get("note"))),
                    read("mapping_old_to_new_communes.csv", r -> new CommuneLink(
                            r.get("old_province_code"), r.get("new_province_code"), r.get("old_level"),
                            r.get("old_code"), r.get("old_name"), r.get("new_commune_code"),
                            r.get("new_commune_name"), Integer.parseInt(r.get("n_targets")))),
                    read("mapping_old_to_new_provinces.csv", r -> new ProvinceLink(
                            r.get("old_province_code"), r.get("old_province_name"),
                            r.get("new_province_code"), r.get("new_province_name"))));
        }
        return bundled;
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> mapper) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + file + " is missing from the jar");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            List<T> out = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                out.add(mapper.apply(record));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }

    public List<Unit> units() {
        return units;
    }

    public List<Alias> aliases() {
        return aliases;
    }

    public List<CommuneLink> communeCrosswalk() {
        return communeCrosswalk;
    }

    public List<ProvinceLink> provinceCrosswalk() {
        return provinceCrosswalk;
    }

    /** A lookup of units by code and month, for validation. */
    public UnitDirectory directory() {
        return new UnitDirectory(units, aliases);
    }
}
