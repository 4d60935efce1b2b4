package vn.diemtua.locks;

import java.util.Locale;

/** What one row of {@code period_locks} did. */
public enum LockAction {
    LOCK, UNLOCK;

    /** As stored: {@code lock}, {@code unlock}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LockAction ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
