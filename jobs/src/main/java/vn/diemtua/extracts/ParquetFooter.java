package vn.diemtua.extracts;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The footer of a Parquet file (its {@link FileMetaData}), read and rewritten in place of the
 * original. Needed because parquet-java lists each column chunk's encodings from a
 * {@code HashSet} of enum constants, whose order follows identity hash codes and so changes from
 * one JVM to the next: the same rows written by two processes differed only there.
 */
final class ParquetFooter {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetFooter() {
    }

    /** Copies {@code source} to {@code target} with each column chunk's encodings in ascending order. */
    static void copyNormalised(FileSystem fs, Path source, Path target) throws IOException {
        copyRewritten(fs, source, target, ParquetFooter::sortEncodings);
    }

    /** Copies {@code source} to {@code target}, the data pages as they are, the footer as {@code rewrite} makes it. */
    static void copyRewritten(FileSystem fs, Path source, Path target, UnaryOperator<FileMetaData> rewrite) throws IOException {
        long length = fs.getFileStatus(source).getLen();
        try (FSDataInputStream in = fs.open(source)) {
            byte[] tail = new byte[8];
            in.readFully(length - 8, tail);
            if (!Arrays.equals(Arrays.copyOfRange(tail, 4, 8), MAGIC)) {
                throw new IOException(source + " is not a Parquet file: it does not end with PAR1");
            }
            int footerLength = ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            long footerStart = length - 8 - footerLength;
            byte[] footer = new byte[footerLength];
            in.readFully(footerStart, footer);
            FileMetaData metadata = rewrite.apply(Util.readFileMetaData(new ByteArrayInputStream(footer)));
            ByteArrayOutputStream rewritten = new ByteArrayOutputStream(footerLength);
            Util.writeFileMetaData(metadata, rewritten);
            try (FSDataOutputStream out = fs.create(target, false)) {
                in.seek(0);
                byte[] buffer = new byte[1 << 16];
                for (long left = footerStart; left > 0; ) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new IOException(source + " ended early");
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
                rewritten.writeTo(out);
                out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(rewritten.size()).array());
                out.write(MAGIC);
            }
        }
    }

    static FileMetaData sortEncodings(FileMetaData metadata) {
        return mapEncodings(metadata, list -> {
            List<Encoding> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt(Encoding::getValue));
            return sorted;
        });
    }

    /** The footer with every column chunk's encoding list replaced by {@code change} of it. */
    static FileMetaData mapEncodings(FileMetaData metadata, UnaryOperator<List<Encoding>> change) {
        FileMetaData copy = metadata.deepCopy();
        for (RowGroup group : copy.getRow_groups()) {
            for (ColumnChunk chunk : group.getColumns()) {
                if (chunk.isSetMeta_data()) {
                    chunk.getMeta_data().setEncodings(change.apply(chunk.getMeta_data().getEncodings()));
                }
            }
        }
        return copy;
    }
}
