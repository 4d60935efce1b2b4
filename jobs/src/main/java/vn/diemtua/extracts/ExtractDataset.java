package vn.diemtua.extracts;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;
import java.util.Optional;

/**
 * One dataset to write: its rows, the columns that order them (a unique key, so the order is the
 * same on every run), and the column whose values name its sub-folders, if partitioned.
 */
public record ExtractDataset(DatasetName name, Dataset<Row> frame, List<String> order, Optional<String> partitionColumn) {
    public ExtractDataset {
        order = List.copyOf(order);
    }
}
