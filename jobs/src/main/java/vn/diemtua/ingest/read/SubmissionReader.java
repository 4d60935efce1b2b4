package vn.diemtua.ingest.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

import javax.xml.parsers.ParserConfigurationException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one submission file (.xlsx, .xls or .csv, recognised by content, not by name) into its
 * sheets and rows, finding the header by its known wording and classifying every row.
 * Holds one file's rows at a time: an .xlsx is streamed sheet by sheet (SAX, no workbook model), an
 * .xls is opened whole by POI (bounded by {@link ReadLimits#maxFileBytes()}), a CSV is decoded and
 * parsed as a stream. Stateless apart from
 * its limits: one instance may read many files, on any thread, and travel in a Spark closure.
 */
public final class SubmissionReader implements Serializable {
    /** "EncryptedPackage": the OLE2 stream in which Office stores a password-protected .xlsx. */
    private static final String ENCRYPTED_OOXML = "EncryptedPackage";
    private static final String ZIP_BOMB = "Zip bomb detected";
    private static final String TOO_MANY_ZIP_ENTRIES = "potentially malicious";
    private static final int BUFFER = 64 * 1024;

    private final ReadLimits limits;

    public SubmissionReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * @param fileName the file's name, for messages and as the sheet name of a CSV
     * @param content  the file's bytes; not closed here
     */
    public FileResult read(String fileName, InputStream content) throws UnreadableFileException {
        FileFormat format = FileFormat.byName(fileName).orElseThrow(() ->
                ReadMessages.failure(ReadReason.FILE_TYPE_UNSUPPORTED, null, fileName));
        BufferedInputStream in = new BufferedInputStream(new LimitedInputStream(content, limits.maxFileBytes()), BUFFER);
        try {
            in.mark(8);
            byte[] head = in.readNBytes(8);
            in.reset();
            if (head.length == 0) {
                throw ReadMessages.failure(ReadReason.FILE_EMPTY, null, fileName);
            }
            FileFormat.Content found = FileFormat.Content.of(head);
            if (found == FileFormat.Content.OLE2 && format != FileFormat.XLS) {
                return encryptedOrMismatch(fileName, format, in);
            }
            if (!format.accepts(found)) {
                throw mismatch(fileName, format, found);
            }
            RowBudget budget = new RowBudget(fileName, limits.maxRowsPerFile());
            List<SheetResult> sheets = switch (format) {
                case CSV -> List.of(new SheetClassifier(fileName).classify(
                        new CsvSheetReader(fileName, limits).read(in, budget)));
                case XLSX -> readXlsx(fileName, in, budget);
                case XLS -> readWorkbook(fileName, new HSSFWorkbook(new POIFSFileSystem(in)), budget);
            };
            return new FileResult(format.label(), sheets);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw ReadMessages.failure(ReadReason.FILE_ENCRYPTED, e, fileName);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a corrupt part, a forbidden XML DOCTYPE or an unknown record as runtime exceptions.
            throw classify(fileName, e);
        }
    }

    private List<SheetResult> readWorkbook(String fileName, Workbook workbook, RowBudget budget)
            throws IOException, UnreadableFileException {
        try (workbook) {
            int count = workbook.getNumberOfSheets();
            if (count > limits.maxSheets()) {
                throw ReadMessages.failure(ReadReason.FILE_TOO_MANY_SHEETS, null, fileName, count, limits.maxSheets());
            }
            WorkbookSheetReader reader = new WorkbookSheetReader(fileName, limits);
            SheetClassifier classifier = new SheetClassifier(fileName);
            List<SheetResult> sheets = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String name = workbook.getSheetName(i);
                if (WorkbookSheetReader.isHidden(workbook, i)) {
                    sheets.add(hidden(fileName, name));
                } else {
                    sheets.add(classifier.classify(reader.read(workbook.getSheetAt(i), budget)));
                }
            }
            return List.copyOf(sheets);
        }
    }

    /** A file refused by its listed size, before it is opened: it is never read at all. */
    public UnreadableFileException tooLarge(String fileName) {
        return ReadMessages.failure(ReadReason.FILE_TOO_LARGE, null, fileName, limits.maxFileBytes());
    }

    /** A file refused because it leads out of its input folder (a link): it is never opened. */
    public static UnreadableFileException leadsElsewhere(String fileName, String target) {
        return ReadMessages.failure(ReadReason.FILE_LINK, null, fileName, target);
    }

    /**
     * An .xlsx, streamed: POI's package opens the zip (its zip-bomb check included), each sheet's
     * XML is read as events ({@link XlsxSheetReader}); memory holds the rows, not a model of the workbook.
     */
    private List<SheetResult> readXlsx(String fileName, InputStream in, RowBudget budget)
            throws IOException, UnreadableFileException, OpenXML4JException, SAXException, ParserConfigurationException {
        OPCPackage pkg = OPCPackage.open(in);
        try {
            XSSFReader xlsx = new XSSFReader(pkg);
            XlsxWorkbookInfo workbook = XlsxWorkbookInfo.parse(xlsx.getWorkbookData());
            int count = workbook.sheets().size();
            if (count > limits.maxSheets()) {
                throw ReadMessages.failure(ReadReason.FILE_TOO_MANY_SHEETS, null, fileName, count, limits.maxSheets());
            }
            XlsxSheetReader reader = new XlsxSheetReader(fileName, limits, new ReadOnlySharedStringsTable(pkg, false),
                    xlsx.getStylesTable(), workbook.date1904());
            SheetClassifier classifier = new SheetClassifier(fileName);
            List<SheetResult> sheets = new ArrayList<>(count);
            for (XlsxWorkbookInfo.Sheet sheet : workbook.sheets()) {
                if (sheet.hidden()) {
                    sheets.add(hidden(fileName, sheet.name()));
                } else {
                    sheets.add(classifier.classify(reader.read(sheet.name(), () -> part(xlsx, sheet), budget)));
                }
            }
            return List.copyOf(sheets);
        } finally {
            // Opened from a stream to read only: nothing to save.
            pkg.revert();
        }
    }

    private static InputStream part(XSSFReader xlsx, XlsxWorkbookInfo.Sheet sheet) {
        try {
            return xlsx.getSheet(sheet.relationId());
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("Sheet " + sheet.name() + " has no part: " + e.getMessage(), e);
        }
    }

    private static SheetResult hidden(String fileName, String name) {
        return new SheetResult(name, null, List.of(), ReadReason.SHEET_HIDDEN.code(), null,
                List.of(ReadMessages.note(ReadReason.SHEET_HIDDEN, null, fileName, name)));
    }

    /** An OLE2 file not named .xls: a password-protected .xlsx, or an .xls under another name. */
    private static FileResult encryptedOrMismatch(String fileName, FileFormat format, InputStream in)
            throws IOException, UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry(ENCRYPTED_OOXML)) {
                throw ReadMessages.failure(ReadReason.FILE_ENCRYPTED, null, fileName);
            }
        }
        throw mismatch(fileName, format, FileFormat.Content.OLE2);
    }

    private static UnreadableFileException mismatch(String fileName, FileFormat format, FileFormat.Content found) {
        return ReadMessages.failure(ReadReason.FILE_FORMAT_MISMATCH, null, fileName, format.label(), found.label);
    }

    /** The reason behind an exception from POI or the decoder, found anywhere in its cause chain. */
    private UnreadableFileException classify(String fileName, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedInputStream.LimitExceeded) {
                return ReadMessages.failure(ReadReason.FILE_TOO_LARGE, e, fileName, limits.maxFileBytes());
            }
            String message = t.getMessage();
            if (message != null && (message.contains(ZIP_BOMB) || message.contains(TOO_MANY_ZIP_ENTRIES))) {
                return ReadMessages.failure(ReadReason.FILE_ZIP_BOMB, e, fileName);
            }
        }
        return ReadMessages.failure(ReadReason.FILE_UNREADABLE, e, fileName, firstLine(e));
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
