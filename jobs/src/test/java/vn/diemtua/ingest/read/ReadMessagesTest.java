package vn.diemtua.ingest.read;

import org.junit.jupiter.api.Test;
import vn.diemtua.i18n.Messages;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadMessagesTest {

    @Test
    void everyReasonHasAVietnameseAndAnEnglishMessageNamingTheFile() {
        Messages messages = new Messages("vn/diemtua/ingest/read/messages");
        for (ReadReason reason : ReadReason.values()) {
            assertTrue(messages.has(reason.messageKey()), reason.code());
            ReadNote note = ReadMessages.note(reason, null, "f.xlsx", "s", "3", "4", "5", "6");
            assertTrue(note.messageVi().contains("Tệp f.xlsx"), note.messageVi());
            assertTrue(note.messageEn().contains("File f.xlsx"), note.messageEn());
        }
    }
}
