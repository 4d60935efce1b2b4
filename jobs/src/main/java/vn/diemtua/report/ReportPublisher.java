package vn.diemtua.report;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes a rendered report under {@code <out>/report/<from>_<to>/} through Hadoop's
 * {@link FileSystem} (local, HDFS or S3A alike): the files go to a hidden temporary folder
 * beside it, which is renamed into place only when complete; an earlier report of the same
 * window is set aside first and removed after. A failure leaves the earlier report as it was.
 */
public final class ReportPublisher {
    private static final String FOLDER = "report";
    private final Configuration hadoop;

    public ReportPublisher(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    /** Where the report of a window goes: {@code <out>/report/<from>_<to>}. */
    public static Path folder(String outUri, ReportWindow window) {
        return new Path(new Path(new Path(outUri), FOLDER), window.folderName());
    }

    /** Writes the files and returns the report folder's qualified URI. */
    public String publish(String outUri, ReportWindow window, Map<String, byte[]> files) throws IOException {
        Path parent = folder(outUri, window).getParent();
        // A private instance: the shared one is Spark's, and ours writes no .crc files beside the report.
        try (FileSystem fs = FileSystem.newInstance(parent.toUri(), hadoop)) {
            fs.setWriteChecksum(false);
            return publish(fs, parent, window, files);
        }
    }

    private static String publish(FileSystem fs, Path parent, ReportWindow window, Map<String, byte[]> files)
            throws IOException {
        Path target = fs.makeQualified(new Path(parent, window.folderName()));
        String run = UUID.randomUUID().toString();
        Path staging = new Path(parent, "." + window.folderName() + ".tmp-" + run);
        Path previous = new Path(parent, "." + window.folderName() + ".old-" + run);
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                try (FSDataOutputStream out = fs.create(new Path(staging, file.getKey()), false)) {
                    out.write(file.getValue());
                }
            }
            boolean hadPrevious = fs.exists(target);
            if (hadPrevious && !fs.rename(target, previous)) {
                throw new IOException("Cannot move the earlier report " + target + " aside");
            }
            if (!fs.rename(staging, target)) {
                if (hadPrevious) {
                    fs.rename(previous, target);
                }
                throw new IOException("Cannot move the new report into " + target);
            }
            if (hadPrevious) {
                fs.delete(previous, true);
            }
            return target.toString();
        } finally {
            if (fs.exists(staging)) {
                fs.delete(staging, true);
            }
        }
    }
}
