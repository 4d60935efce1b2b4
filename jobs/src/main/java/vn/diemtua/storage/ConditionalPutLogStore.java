package vn.diemtua.storage;

import io.delta.storage.HadoopFileSystemLogStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.util.Iterator;

/**
 * A Delta log store for S3 that is safe with several writers, in several drivers, on one table.
 * Delta commits version N by writing {@code _delta_log/N.json} only if it does not exist; Delta's
 * own S3 store checks and then writes, so two jobs that commit N at the same moment both
 * "succeed" and one commit is lost. Here the write itself is conditional (S3's
 * {@code If-None-Match: *}): the loser gets {@link FileAlreadyExistsException}, and Delta then
 * checks for conflicts and retries at N+1, as on HDFS. Needs a store that honours conditional
 * writes (AWS S3, MinIO and others), verified before the first commit.
 */
public class ConditionalPutLogStore extends HadoopFileSystemLogStore {
    public ConditionalPutLogStore(Configuration initHadoopConf) {
        super(initHadoopConf);
    }

    @Override
    public void write(Path path, Iterator<String> actions, Boolean overwrite, Configuration hadoopConf)
            throws IOException {
        FileSystem fs = path.getFileSystem(hadoopConf);
        byte[] content = lines(actions);
        if (overwrite) {
            // Checkpoint pointers and the like: rewritten whole, by design.
            try (FSDataOutputStream out = fs.create(path, true)) {
                out.write(content);
            }
            return;
        }
        ConditionalPut.requireHonoured(fs, tableRoot(path));
        if (!ConditionalPut.create(fs, path, content)) {
            throw new FileAlreadyExistsException(path.toString());
        }
    }

    /** An S3 object appears whole or not at all. */
    @Override
    public Boolean isPartialWriteVisible(Path path, Configuration hadoopConf) {
        return false;
    }

    private static Path tableRoot(Path logFile) {
        Path log = logFile.getParent();
        return log.getParent() == null ? log : log.getParent();
    }

    private static byte[] lines(Iterator<String> actions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (actions.hasNext()) {
            bytes.writeBytes((actions.next() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
