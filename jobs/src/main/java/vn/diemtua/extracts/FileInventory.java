package vn.diemtua.extracts;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The files of an extract folder as the manifest lists them (all but the manifest itself). */
final class FileInventory {
    private FileInventory() {
    }

    static List<ManifestFile> scan(FileSystem fs, Path dir) throws IOException {
        List<ManifestFile> files = new ArrayList<>();
        for (String relative : ExtractFiles.list(fs, dir)) {
            if (relative.equals(Manifest.FILE_NAME)) {
                continue;
            }
            Path file = new Path(dir, relative);
            files.add(new ManifestFile(relative, ExtractFiles.sha256(fs, file), fs.getFileStatus(file).getLen(),
                    RowCounter.rows(fs, file)));
        }
        return files;
    }
}
