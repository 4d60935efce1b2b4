package vn.diemtua.validation;

import vn.diemtua.model.KeyKind;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.reference.Unit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The typed values of an accepted row: its unit (the one its code names in its month), month,
 * sending date and reported values.
 *
 * @param values the reported keys ({@link #VALUE_KEYS}) that were not empty: counts as Long,
 *               {@code tru_so} as {@link vn.diemtua.model.HeadquartersStatus}, {@code nha_o_doanh_trai}
 *               as Boolean
 */
public record TypedRow(Unit unit, YearMonth month, LocalDate sentOn, Map<SubmissionKey, Object> values)
        implements Serializable {
    /** The keys whose values make a version: everything but identity, name and sending date. */
    public static final List<SubmissionKey> VALUE_KEYS = Arrays.stream(SubmissionKey.values())
            .filter(k -> k.kind() != KeyKind.CODE && k.kind() != KeyKind.TEXT
                    && k.kind() != KeyKind.MONTH && k.kind() != KeyKind.DATE)
            .toList();

    public String code() {
        return unit.code();
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /** A count, or null if not reported. */
    public Long count(SubmissionKey key) {
        return (Long) values.get(key);
    }

    /**
     * SHA-256 over the values of {@link #VALUE_KEYS} in key order ({@code key=value;}, null as empty):
     * two rows with the same hash report the same thing, whatever their sending date or name. Part of
     * the stored tables: changing this text form would make old and new versions look different.
     */
    public String valuesHash() {
        StringBuilder text = new StringBuilder();
        for (SubmissionKey key : VALUE_KEYS) {
            Object value = values.get(key);
            text.append(key.key()).append('=').append(value == null ? "" : storedText(value)).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The value as the tables store it: the status code, true/false, the count. */
    public static Object stored(Object value) {
        return value instanceof vn.diemtua.model.HeadquartersStatus status ? status.code() : value;
    }

    private static String storedText(Object value) {
        return String.valueOf(stored(value));
    }
}
