package vn.diemtua.extracts;

import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** File chores on any Hadoop file system: listing, hashing, writing, removing bookkeeping files. */
final class ExtractFiles {
    private ExtractFiles() {
    }

    /**
     * The file system without the local file system's checksum layer: that layer hides the
     * {@code .crc} files from listings (so they could not be found and removed) and refuses to
     * read a changed file (so verification could not say what changed).
     */
    static FileSystem raw(FileSystem fs) {
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }

    /** Every file under {@code dir}, as paths relative to it with {@code /}, sorted. */
    static List<String> list(FileSystem fs, Path dir) throws IOException {
        URI root = fs.makeQualified(dir).toUri();
        List<String> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            URI file = it.next().getPath().toUri();
            files.add(root.relativize(file).getPath());
        }
        files.sort(String::compareTo);
        return files;
    }

    /** The file's SHA-256, lower-case hex. */
    static String sha256(FileSystem fs, Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = fs.open(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static void write(FileSystem fs, Path file, byte[] content) throws IOException {
        try (FSDataOutputStream out = fs.create(file, false)) {
            out.write(content);
        }
    }

    /**
     * Deletes what writers leave beside the data under {@code dir}: {@code _SUCCESS} markers and
     * the local file system's {@code .crc} checksum files (names starting with {@code _} or {@code .}).
     */
    static void removeBookkeeping(FileSystem fs, Path dir) throws IOException {
        List<Path> doomed = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            Path path = it.next().getPath();
            if (isBookkeeping(path.getName())) {
                doomed.add(path);
            }
        }
        for (Path path : doomed) {
            fs.delete(path, false);
        }
    }

    static boolean isBookkeeping(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    /** The sub-folders of {@code dir}, sorted by name. */
    static List<Path> subFolders(FileSystem fs, Path dir) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (FileStatus status : fs.listStatus(dir)) {
            if (status.isDirectory()) {
                folders.add(status.getPath());
            }
        }
        folders.sort(Path::compareTo);
        return folders;
    }
}
