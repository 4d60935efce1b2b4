package vn.diemtua.ingest.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a submission may come in. The extension says which one the sender meant; the first
 * bytes say which one it is, and the two must agree.
 */
enum FileFormat {
    XLSX("xlsx", "xlsx", "xlsm"),
    XLS("xls", "xls"),
    CSV("csv", "csv", "tsv", "txt");

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Files people attach by mistake: PDF, PNG, JPEG, GIF, RAR, 7z, gzip. None is a text table. */
    private static final byte[][] NOT_TEXT = {
            {0x25, 0x50, 0x44, 0x46}, {(byte) 0x89, 0x50, 0x4E, 0x47}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            {0x47, 0x49, 0x46, 0x38}, {0x52, 0x61, 0x72, 0x21}, {0x37, 0x7A, (byte) 0xBC, (byte) 0xAF}, {0x1F, (byte) 0x8B}};

    private final String label;
    private final String[] extensions;

    FileFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    /** The format's name in {@link FileResult#format()}. */
    String label() {
        return label;
    }

    static Optional<FileFormat> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.extensions).contains(ext)).findFirst();
    }

    /** What the first bytes are, in words users understand (used in the mismatch message). */
    enum Content {
        ZIP("zip (.xlsx)"), OLE2("OLE2 (.xls)"), TEXT("text (.csv)"), OTHER("PDF/image/archive");

        final String label;

        Content(String label) {
            this.label = label;
        }

        static Content of(byte[] head) {
            if (startsWith(head, FileFormat.ZIP)) {
                return ZIP;
            }
            if (startsWith(head, FileFormat.OLE2)) {
                return OLE2;
            }
            return Arrays.stream(NOT_TEXT).anyMatch(m -> startsWith(head, m)) ? OTHER : TEXT;
        }

        private static boolean startsWith(byte[] head, byte[] magic) {
            if (head.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (head[i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether content of this kind can be a file of this format. */
    boolean accepts(Content content) {
        return switch (this) {
            case XLSX -> content == Content.ZIP;
            case XLS -> content == Content.OLE2;
            case CSV -> content == Content.TEXT;
        };
    }
}
