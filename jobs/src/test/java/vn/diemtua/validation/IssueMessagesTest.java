package vn.diemtua.validation;

import org.junit.jupiter.api.Test;
import vn.diemtua.i18n.Messages;
import vn.diemtua.model.SubmissionKey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueMessagesTest {
    @Test
    void everyReasonCodeHasBothMessagesWithoutUnfilledPlaceholders() {
        Messages messages = new Messages("vn/diemtua/validation/messages");
        for (ReasonCode code : ReasonCode.values()) {
            assertTrue(messages.has(code.name()), code.name());
            Issue issue = new Issue(code, SubmissionKey.TNGT_VU, "v", "d1", "d2", "d3");
            String vi = IssueMessages.vi(issue, "in/01/a.xlsx", "Sheet1", 7);
            String en = IssueMessages.en(issue, "in/01/a.xlsx", "Sheet1", 7);
            assertFalse(vi.contains("{") || en.contains("{"), code.name());
        }
    }

    @Test
    void messagesNameFileSheetRowAndColumn() {
        Issue issue = new Issue(ReasonCode.COUNT_NEGATIVE, SubmissionKey.TNGT_VU, "-3");
        assertEquals("File in/01/a.xlsx, sheet \"Ba Đình\", row 12, column \"Số vụ tai nạn giao thông (tngt_vu)\": "
                        + "\"-3\" is negative; counts are 0 or more. Correct the figure.",
                IssueMessages.en(issue, "in/01/a.xlsx", "Ba Đình", 12));
        assertEquals("Tệp in/01/a.csv, dòng 3, cột \"Số vụ tai nạn giao thông (tngt_vu)\": "
                        + "số \"-3\" là số âm; số liệu phải từ 0 trở lên. Sửa lại số liệu.",
                IssueMessages.vi(issue, "in/01/a.csv", "a.csv", 3));
        Issue file = new Issue(ReasonCode.FILE_UNREADABLE, null, null, "not a spreadsheet");
        assertTrue(IssueMessages.en(file, "x.xlsx", null, null).startsWith("File x.xlsx: the file cannot be read: not a spreadsheet."));
    }
}
