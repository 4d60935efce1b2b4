package vn.diemtua.extracts;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.UUID;

/**
 * Where an extract is built and how it takes its place: everything is written into a hidden
 * sibling {@code .<name>.tmp-<run>} and renamed to {@code <name>} only once complete and checked;
 * an older extract of the same name is moved aside only then, and deleted after the swap. A run
 * that fails removes its temporary folder; one that is killed leaves only a hidden folder that
 * no reader takes for an extract.
 */
final class ExtractFolder {
    private final FileSystem fs;
    private final Path target;
    private final Path temp;
    private final Path aside;
    private boolean published;

    private ExtractFolder(FileSystem fs, Path target, String run) {
        this.fs = fs;
        this.target = target;
        this.temp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + run);
        this.aside = new Path(target.getParent(), "." + target.getName() + ".old-" + run);
    }

    static ExtractFolder create(FileSystem fs, Path target) throws IOException {
        ExtractFolder folder = new ExtractFolder(fs, target, UUID.randomUUID().toString());
        if (!fs.mkdirs(folder.temp)) {
            throw new IOException("cannot create " + folder.temp);
        }
        return folder;
    }

    /** The folder to write into. */
    Path temp() {
        return temp;
    }

    /** Renames the finished temporary folder to the target, replacing an older extract. */
    Path publish() throws IOException {
        boolean replacing = fs.exists(target);
        if (replacing && !fs.rename(target, aside)) {
            throw new IOException("cannot move the older extract " + target + " aside to " + aside);
        }
        if (!fs.rename(temp, target)) {
            if (replacing) {
                fs.rename(aside, target);
            }
            throw new IOException("cannot rename " + temp + " to " + target);
        }
        published = true;
        if (replacing) {
            fs.delete(aside, true);
        }
        return target;
    }

    /** Removes the temporary folder unless it was published; safe to call in any case. */
    void discardUnpublished() throws IOException {
        if (!published && fs.exists(temp)) {
            fs.delete(temp, true);
        }
    }
}
