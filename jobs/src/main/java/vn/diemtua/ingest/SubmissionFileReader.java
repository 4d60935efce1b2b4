package vn.diemtua.ingest;

import vn.diemtua.ingest.read.FileResult;
import vn.diemtua.ingest.read.ReadLimits;
import vn.diemtua.ingest.read.SubmissionReader;
import vn.diemtua.ingest.read.UnreadableFileException;

import java.io.InputStream;
import java.io.Serializable;

/** How an executor reads one file: {@link SubmissionReader} in the job, something smaller in tests. */
@FunctionalInterface
public interface SubmissionFileReader extends Serializable {
    FileResult read(String fileName, InputStream content) throws UnreadableFileException;

    /** The project's reader with the given limits. */
    static SubmissionFileReader standard(ReadLimits limits) {
        return (fileName, content) -> new SubmissionReader(limits).read(fileName, content);
    }
}
