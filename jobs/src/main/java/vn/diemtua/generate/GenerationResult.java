package vn.diemtua.generate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every file written, in path order, and how long it took. */
public record GenerationResult(List<FileReport> files, Duration elapsed) {
    public long rows() {
        return files.stream().mapToLong(FileReport::dataRows).sum();
    }

    public long expectedRejects() {
        return files.stream().mapToLong(FileReport::expectedRejects).sum();
    }

    public long bytes() {
        return files.stream().mapToLong(FileReport::bytes).sum();
    }

    public long filesOfFormat(String format) {
        return files.stream().filter(f -> f.format().equals(format)).count();
    }

    /** Rows touched by each row quirk and error, and files with each habit, by id. */
    public Map<String, Integer> injectionCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (FileReport file : files) {
            file.injections().forEach((id, n) -> counts.merge(id, n, Integer::sum));
            file.quirks().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }
}
