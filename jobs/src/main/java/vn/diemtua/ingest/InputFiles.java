package vn.diemtua.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.diemtua.cli.UsageException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the files to ingest on the driver, through Hadoop (any file system URI): files given
 * directly, and every file under a folder given, recursively. Hidden files and folders (a name
 * starting with '.' or '_') and the lock files of office programs ({@code ~$…}) are left out.
 *
 * <p>A file's province folder is the outermost folder, from the folder given down to the file,
 * named by a 2-digit province code ({@code input/01/…}); for a file given directly, its own folder.
 * Outermost, so that months filed under a province ({@code input/01/10/…}) keep their province.
 *
 * <p>What is inside an input folder stays inside it. The paths on the command line are the data
 * engineer's and are taken as given ({@code ..} included); what the folders hold comes from the
 * senders. So a symbolic link found in a folder is never followed: it is listed with where it leads
 * and refused unread ({@code FILE_LINK}; a link to a folder is refused the same way, not walked),
 * and so is a listed path that does not lie under the folder it was listed from (an object key
 * holding {@code ../}). Links exist on local disks only; HDFS has them disabled, object stores have none.
 */
public final class InputFiles {
    private final Configuration hadoop;
    private final Set<String> provinceCodes;

    /** @param provinceCodes the codes a folder name must be one of to count as a province folder */
    public InputFiles(Configuration hadoop, Set<String> provinceCodes) {
        this.hadoop = hadoop;
        this.provinceCodes = provinceCodes;
    }

    /** The files, each once, sorted by path. */
    public List<FileTask> list(List<String> inputs) {
        TreeMap<String, FileTask> files = new TreeMap<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(hadoop);
                FileStatus status = fs.getFileStatus(path);
                if (status.isDirectory()) {
                    walk(fs, status.getPath(), status, province(status.getPath()), files);
                } else if (!ignored(status.getPath())) {
                    add(status, province(status.getPath().getParent()), null, files);
                }
            } catch (FileNotFoundException e) {
                throw new UsageException("Input not found: " + input + " (Không tìm thấy đầu vào)");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(files.values());
    }

    private void walk(FileSystem fs, Path root, FileStatus folder, String province, TreeMap<String, FileTask> files)
            throws IOException {
        for (FileStatus child : fs.listStatus(folder.getPath())) {
            if (ignored(child.getPath())) {
                continue;
            }
            String link = isUnder(root, child.getPath()) ? linkTarget(fs, child.getPath()) : child.getPath().toString();
            if (link != null) {
                add(child, province, link, files);
            } else if (child.isDirectory()) {
                walk(fs, root, child, province != null ? province : province(child.getPath()), files);
            } else {
                add(child, province, null, files);
            }
        }
    }

    /** Whether a listed path lies inside the folder it was listed from. */
    static boolean isUnder(Path root, Path listed) {
        String folder = root.toUri().normalize().getPath();
        String path = listed.toUri().normalize().getPath();
        return path.startsWith(folder.endsWith("/") ? folder : folder + "/");
    }

    /** Where a symbolic link leads, or null if the path is not one (or the file system has none). */
    private static String linkTarget(FileSystem fs, Path path) throws IOException {
        if (!"file".equals(fs.getScheme())) {
            return null;
        }
        // Without its scheme: the local file system reads the link of "file:/a/b" as a file named so.
        FileStatus status = fs.getFileLinkStatus(Path.getPathWithoutSchemeAndAuthority(path));
        return status.isSymlink() ? status.getSymlink().toString() : null;
    }

    private static void add(FileStatus file, String province, String linkTarget, TreeMap<String, FileTask> files) {
        String path = file.getPath().toString();
        files.putIfAbsent(path, new FileTask(path, file.getLen(), file.getModificationTime(), province, linkTarget));
    }

    private String province(Path folder) {
        if (folder == null) {
            return null;
        }
        String name = folder.getName();
        return name.length() == 2 && provinceCodes.contains(name) ? name : null;
    }

    static boolean ignored(Path path) {
        String name = path.getName();
        return name.startsWith(".") || name.startsWith("_") || name.startsWith("~$");
    }
}
