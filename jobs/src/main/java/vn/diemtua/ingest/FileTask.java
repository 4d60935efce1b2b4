package vn.diemtua.ingest;

import java.io.Serializable;

/**
 * One input file to ingest, as listed on the driver.
 *
 * @param path             the fully qualified Hadoop URI, stored as {@code source_file}
 * @param size             bytes, as listed
 * @param modificationTime as listed (epoch milliseconds)
 * @param provinceFolder   the 2-digit province code of the folder it came from, or null
 * @param linkTarget       where the file leads if it is a symbolic link found in an input folder, or
 *                         a path outside the folder it was listed from: never read (see
 *                         {@link InputFiles}); else null
 */
public record FileTask(String path, long size, long modificationTime, String provinceFolder, String linkTarget)
        implements Serializable {
    /** The file's own name, without folders. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
