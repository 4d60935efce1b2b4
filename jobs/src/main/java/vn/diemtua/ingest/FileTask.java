package vn.diemtua.ingest;

import java.io.Serializable;

/**
 * One input file to ingest, as listed on the driver.
 *
 * @param path           the fully qualified Hadoop URI, stored as {@code source_file}
 * @param size           bytes, as listed
 * @param provinceFolder the 2-digit province code of the folder it came from, or null
 */
public record FileTask(String path, long size, String provinceFolder) implements Serializable {
    /** The file's own name, without folders. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
