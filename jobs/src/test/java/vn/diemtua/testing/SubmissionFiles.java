package vn.diemtua.testing;

import vn.diemtua.reference.ReferenceData;
import vn.diemtua.reference.Unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Monthly submissions as communes send them, for tests that need many rows: one CSV per province
 * and month, real unit codes, seeded values, and the usual faults (a negative count now and then,
 * a name that looks like a formula).
 */
public final class SubmissionFiles {
    public static final String HEADER = "Mã xã,Tên xã,Kỳ báo cáo,Ngày gửi,Số vụ phạm tội phát hiện,"
            + "Số vụ phạm tội điều tra làm rõ,\"Số tin báo, tố giác tiếp nhận\",Số vụ tai nạn giao thông,"
            + "Số cán bộ chính quy,Tình trạng trụ sở,Nhà ở tập thể / doanh trại\n";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] STATUSES = {"da_su_dung", "dang_xay_dung", "dang_thu_tuc", "chua_co"};

    private SubmissionFiles() {
    }

    /** The first {@code count} units of a province (by code) valid in {@code month}. */
    public static List<Unit> units(String provinceCode, YearMonth month, int count) {
        LocalDate day = month.atDay(1);
        return ReferenceData.bundled().units().stream()
                .filter(u -> u.provinceCode().equals(provinceCode) && u.validIn(day))
                .sorted(Comparator.comparing(Unit::code)).limit(count).toList();
    }

    /**
     * One month of {@code units}, sent on the 5th of the next month plus {@code daysLate}. Every
     * 50th row has a negative count (rejected) and every 97th a name starting with "=" (kept as
     * text, flagged as a name mismatch).
     */
    public static String month(List<Unit> units, YearMonth month, int daysLate, long seed) {
        Random random = new Random(seed);
        String sent = month.plusMonths(1).atDay(5).plusDays(daysLate).format(DAY);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            long detected = random.nextInt(12);
            String name = i % 97 == 96 ? "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"" + unit.fullName() + "\"\")\""
                    : unit.fullName();
            csv.append(unit.code()).append(',').append(name).append(',').append(month).append(',').append(sent)
                    .append(',').append(i % 50 == 49 ? -detected - 1 : detected)
                    .append(',').append(random.nextInt((int) detected + 1))
                    .append(',').append(random.nextInt(20))
                    .append(',').append(random.nextInt(3))
                    .append(',').append(8 + random.nextInt(10))
                    .append(',').append(STATUSES[random.nextInt(STATUSES.length)])
                    .append(',').append(random.nextBoolean() ? "có" : "không")
                    .append('\n');
        }
        return csv.toString();
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
