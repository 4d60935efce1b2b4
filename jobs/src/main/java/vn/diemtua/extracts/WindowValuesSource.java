package vn.diemtua.extracts;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Optional;

/**
 * Where the {@code window_values} dataset comes from: the metrics step's comparison of the window
 * with the same window a year earlier ({@link vn.diemtua.model.WindowValuesSchema}), computed
 * from the pinned tables. Empty when no such computation is wired in: the dataset is then left out.
 */
@FunctionalInterface
public interface WindowValuesSource {
    WindowValuesSource NONE = (tables, request) -> Optional.empty();

    Optional<Dataset<Row>> windowValues(PinnedTables tables, ExtractRequest request);
}
