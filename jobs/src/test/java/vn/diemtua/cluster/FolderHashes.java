package vn.diemtua.cluster;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The SHA-256 of every file under a folder of any Hadoop file system, by path relative to it. */
final class FolderHashes {
    private FolderHashes() {
    }

    static Map<String, String> of(String folderUri, Configuration conf) throws IOException {
        Path folder = new Path(folderUri);
        FileSystem fs = folder.getFileSystem(conf);
        String root = fs.makeQualified(folder).toUri().getPath();
        Map<String, String> hashes = new TreeMap<>();
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
        while (files.hasNext()) {
            Path file = files.next().getPath();
            hashes.put(file.toUri().getPath().substring(root.length() + 1), sha256(fs, file));
        }
        return hashes;
    }

    private static String sha256(FileSystem fs, Path file) throws IOException {
        try (FSDataInputStream raw = fs.open(file);
             DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
