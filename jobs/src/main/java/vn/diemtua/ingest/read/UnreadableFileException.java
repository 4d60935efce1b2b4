package vn.diemtua.ingest.read;

/**
 * A file that cannot be read as a submission at all (corrupt, not what its extension says, over a
 * limit). The whole file is rejected with {@link #reasonCode()}; other files go on.
 */
public class UnreadableFileException extends Exception {
    private final String reasonCode;
    private final String messageVi;

    public UnreadableFileException(String reasonCode, String messageVi, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.reasonCode = reasonCode;
        this.messageVi = messageVi;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String messageVi() {
        return messageVi;
    }

    /** The English message. */
    public String messageEn() {
        return getMessage();
    }
}
