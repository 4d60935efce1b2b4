package vn.diemtua.cli;

/** Bad usage or configuration: the message says what to do; exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
