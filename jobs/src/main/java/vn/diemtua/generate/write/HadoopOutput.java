package vn.diemtua.generate.write;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;

/**
 * The output root as a Hadoop file system URI ({@code file:}, {@code hdfs:}, {@code s3a:}). Each file
 * is written whole in one call, so a failure in drafting never leaves a partial file behind; no
 * checksum side files are written on the local file system.
 */
public final class HadoopOutput implements OutputSink {
    private final FileSystem fs;
    private final Path root;

    /** @param root a Hadoop URI or a local path */
    public HadoopOutput(String root, Configuration conf) throws IOException {
        this.root = new Path(root);
        this.fs = this.root.getFileSystem(conf);
        this.fs.setWriteChecksum(false);
    }

    public Path root() {
        return root;
    }

    @Override
    public void write(String relativePath, byte[] content) throws IOException {
        try (FSDataOutputStream out = fs.create(new Path(root, relativePath), false)) {
            out.write(content);
        }
    }

    /** Whether a folder under the root holds any file. */
    public boolean hasFiles(String relativeDirectory) throws IOException {
        Path dir = new Path(root, relativeDirectory);
        if (!fs.exists(dir)) {
            return false;
        }
        for (FileStatus status : fs.listStatus(dir)) {
            if (status.isFile() || hasFiles(relativeDirectory + "/" + status.getPath().getName())) {
                return true;
            }
        }
        return false;
    }

    public void delete(String relativeDirectory) throws IOException {
        fs.delete(new Path(root, relativeDirectory), true);
    }
}
