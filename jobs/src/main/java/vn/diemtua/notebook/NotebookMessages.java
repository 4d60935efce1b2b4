package vn.diemtua.notebook;

import vn.diemtua.i18n.Messages;
import vn.diemtua.model.SubmissionKey;

/** The texts of this package: errors in Vietnamese and English, Vietnamese labels of columns. */
final class NotebookMessages {
    private static final NotebookMessages INSTANCE = new NotebookMessages();

    private final Messages messages = new Messages("vn/diemtua/notebook/messages");

    private NotebookMessages() {
    }

    static NotebookMessages get() {
        return INSTANCE;
    }

    String vi(String key, Object... args) {
        return messages.vi(key, args);
    }

    /** Vietnamese, then English, for errors an analyst may paste into a question. */
    String both(String key, Object... args) {
        return messages.vi(key, args) + " / " + messages.en(key, args);
    }

    /**
     * The Vietnamese label of a column: the template header for a submission key, the bundle's
     * label for the other columns of the tables, else the column name itself.
     */
    String columnLabel(String column) {
        return SubmissionKey.fromKey(column)
                .map(SubmissionKey::templateHeader)
                .orElseGet(() -> messages.has("column." + column) ? messages.vi("column." + column) : column);
    }
}
