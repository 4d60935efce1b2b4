package vn.diemtua.ingest.read;

import vn.diemtua.i18n.Messages;

/** Turns a {@link ReadReason} and its arguments into the Vietnamese and English texts of this package. */
final class ReadMessages {
    private static final Messages MESSAGES = new Messages("vn/diemtua/ingest/read/messages");

    private ReadMessages() {
    }

    static UnreadableFileException failure(ReadReason reason, Throwable cause, Object... args) {
        return new UnreadableFileException(reason.code(), MESSAGES.vi(reason.messageKey(), args),
                MESSAGES.en(reason.messageKey(), args), cause);
    }

    static ReadNote note(ReadReason reason, Integer rowNumber, Object... args) {
        return new ReadNote(reason.code(), rowNumber, MESSAGES.vi(reason.messageKey(), args),
                MESSAGES.en(reason.messageKey(), args));
    }

}
