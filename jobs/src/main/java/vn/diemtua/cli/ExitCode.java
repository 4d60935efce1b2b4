package vn.diemtua.cli;

/** Exit codes of SPEC section 3. */
public final class ExitCode {
    /** Done; rows may have been rejected, see the summary. */
    public static final int DONE = 0;
    /** Failed, nothing half-written. */
    public static final int FAILED = 1;
    /** Bad usage or configuration. */
    public static final int USAGE = 2;
    /** {@code --fail-on-reject} and a row was rejected. */
    public static final int REJECTED = 3;

    private ExitCode() {
    }
}
