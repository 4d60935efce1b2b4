package vn.diemtua.storage;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import vn.diemtua.i18n.Messages;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Create-if-absent of a whole object, atomically, through Hadoop's conditional create
 * ({@code fs.option.create.conditional.overwrite}; S3A sends {@code If-None-Match: *}). Many
 * S3-compatible stores ignore that header and overwrite silently, so each store is probed once
 * per JVM before its first use, and refused if it does not honour it.
 */
final class ConditionalPut {
    private static final Messages MESSAGES = new Messages("vn/diemtua/storage/messages");
    /** Stores (scheme and bucket) that refused a second create of the same object. */
    private static final Set<URI> HONOURED = ConcurrentHashMap.newKeySet();

    private ConditionalPut() {
    }

    /**
     * Writes {@code content} to {@code path} unless an object is there already.
     *
     * @return true if this call's content is at {@code path}, false if another writer's is
     */
    static boolean create(FileSystem fs, Path path, byte[] content) throws IOException {
        FSDataOutputStreamBuilder<?, ?> builder = fs.createFile(path);
        builder.overwrite(false);
        builder.must(Options.CreateFileOptionKeys.FS_OPTION_CREATE_CONDITIONAL_OVERWRITE, true);
        try (FSDataOutputStream out = (FSDataOutputStream) builder.build()) {
            out.write(content);
        } catch (IOException e) {
            // The store refused (the object exists), or the answer was lost: what is there decides.
            byte[] existing = readIfPresent(fs, path);
            if (existing == null) {
                throw e;
            }
            // Our own write landed and only its answer was lost (a retry then meets our object).
            return Arrays.equals(existing, content);
        }
        return true;
    }

    /** Fails unless the store of {@code dir} refuses a second conditional create of one object. */
    static void requireHonoured(FileSystem fs, Path dir) throws IOException {
        URI store = fs.getUri();
        if (HONOURED.contains(store)) {
            return;
        }
        Path probe = new Path(dir, ".conditional-put-probe-" + UUID.randomUUID());
        byte[] first = "first".getBytes(StandardCharsets.UTF_8);
        boolean honoured;
        try {
            honoured = create(fs, probe, first)
                    && !create(fs, probe, "second".getBytes(StandardCharsets.UTF_8))
                    && Arrays.equals(readIfPresent(fs, probe), first);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // The file system does not know the conditional-create option at all.
            honoured = false;
        } finally {
            fs.delete(probe, false);
        }
        if (!honoured) {
            throw new IOException(MESSAGES.vi("store.no-conditional-put", store) + "\n"
                    + MESSAGES.en("store.no-conditional-put", store));
        }
        HONOURED.add(store);
    }

    private static byte[] readIfPresent(FileSystem fs, Path path) throws IOException {
        try (FSDataInputStream in = fs.open(path)) {
            return in.readAllBytes();
        } catch (FileNotFoundException e) {
            return null;
        }
    }
}
