package vn.diemtua.extracts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads back how many rows a file holds, without Spark: a Parquet file's row count from its
 * footer (what every Parquet reader reports), a CSV file's records after the header. Reads
 * through the given file system, so a raw one ({@link ExtractFiles#raw}) skips checksum files.
 */
final class RowCounter {
    private RowCounter() {
    }

    /** The file's rows, or null for a file that holds no rows (e.g. Markdown). */
    static Long rows(FileSystem fs, Path file) throws IOException {
        String name = file.getName();
        if (name.endsWith(".parquet")) {
            long length = fs.getFileStatus(file).getLen();
            InputFile input = new InputFile() {
                @Override
                public long getLength() {
                    return length;
                }

                @Override
                public SeekableInputStream newStream() throws IOException {
                    return HadoopStreams.wrap(fs.open(file));
                }
            };
            try (ParquetFileReader reader = ParquetFileReader.open(input)) {
                return reader.getRecordCount();
            }
        }
        if (name.endsWith(".csv")) {
            try (Reader reader = new InputStreamReader(fs.open(file), StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(skipBom(reader))) {
                long records = 0;
                for (var ignored : parser) {
                    records++;
                }
                return records;
            }
        }
        return null;
    }

    /** The dictionary CSV starts with a byte-order mark so that Excel reads it as UTF-8. */
    private static Reader skipBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
