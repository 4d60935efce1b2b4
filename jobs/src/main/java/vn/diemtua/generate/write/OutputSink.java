package vn.diemtua.generate.write;

import java.io.IOException;

/** Where generated files go, by path relative to the output root. */
public interface OutputSink {
    void write(String relativePath, byte[] content) throws IOException;
}
