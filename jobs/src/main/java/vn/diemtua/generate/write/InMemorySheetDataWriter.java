package vn.diemtua.generate.write;

import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * SXSSF's sheet XML kept in memory instead of a temporary file: a province workbook holds a few
 * hundred rows in up to 30 district sheets, and a temporary file per sheet cost more than the rows.
 */
final class InMemorySheetDataWriter extends SheetDataWriter {
    // Assigned from the superclass constructor (through createWriter), so it must have no initialiser.
    private ByteArrayOutputStream buffer;

    InMemorySheetDataWriter() throws IOException {
        super();
    }

    @Override
    public File createTempFile() {
        return null;
    }

    @Override
    public Writer createWriter(File ignored) {
        buffer = new ByteArrayOutputStream(16_384);
        return new BufferedWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
    }

    @Override
    public InputStream getWorksheetXMLInputStream() {
        // SXSSF has closed (and so flushed) the writer by the time it reads the sheet back.
        return new ByteArrayInputStream(buffer.toByteArray());
    }
}
