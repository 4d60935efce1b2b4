package vn.diemtua.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.diemtua.model.SubmissionKey;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderMatcherTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mã xã", "MÃ XÃ", "  Mã   xã ", "Mã\nxã", "Mã\r\nxã", "Ma xa", "ma xa", "Mã xã:", "Mã xã.",
            "Mã xã*", "Mã xã (*)", "Mã xã¹", "Mã xã (1)", "Mã xã [2]", "Mã đơn vị", "Ma don vi", "MÃ ĐVHC", "ma_xa"})
    void unitCodeHeaderInAnyWriting(String header) {
        assertEquals(Optional.of(new HeaderMatcher.Match(SubmissionKey.MA_XA, true)), HeaderMatcher.match(header));
    }

    @Test
    void decomposedUnicodeMatchesLikeComposed() {
        String nfd = Normalizer.normalize("Số vụ phạm tội điều tra làm rõ", Normalizer.Form.NFD);
        assertEquals(SubmissionKey.TOI_PHAM_LAM_RO, HeaderMatcher.match(nfd).orElseThrow().key());
    }

    @Test
    void unitSuffixInBracketsIsIgnored() {
        assertEquals(SubmissionKey.TOI_PHAM_PHAT_HIEN, HeaderMatcher.match("Số vụ phạm tội phát hiện (vụ)").orElseThrow().key());
        assertEquals(SubmissionKey.TNGT_CHET, HeaderMatcher.match("Số người chết do tai nạn giao thông (người)").orElseThrow().key());
    }

    @Test
    void bothSpellingsOfMaTuyAndNoDiacritics() {
        assertEquals(SubmissionKey.MA_TUY_VU, HeaderMatcher.match("Số vụ ma tuý").orElseThrow().key());
        assertEquals(SubmissionKey.MA_TUY_VU, HeaderMatcher.match("SO VU MA TUY").orElseThrow().key());
    }

    @Test
    void longerWordingIsAPrefixMatch() {
        assertEquals(Optional.of(new HeaderMatcher.Match(SubmissionKey.MA_TUY_VU, false)),
                HeaderMatcher.match("Số vụ ma túy trong tháng"));
        assertEquals(SubmissionKey.LUC_LUONG_CO_SO,
                HeaderMatcher.match("Số công an bán chuyên trách / lực lượng bảo vệ ANTT ở cơ sở (người)").orElseThrow().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"STT", "Ghi chú", "97", "10/2023", "", "Mã", "Số vụ"})
    void otherHeadersNameNoKey(String header) {
        assertEquals(Optional.empty(), HeaderMatcher.match(header));
    }

    @Test
    void everyWordingOfEveryKeyNamesThatKeyExactly() {
        for (SubmissionKey key : SubmissionKey.values()) {
            for (String header : key.headers()) {
                assertEquals(Optional.of(new HeaderMatcher.Match(key, true)), HeaderMatcher.match(header), header);
            }
            assertEquals(key, HeaderMatcher.match(key.key()).orElseThrow().key());
        }
    }

    @Test
    void exactWordingBeatsALongerOneForTheSameKey() {
        HeaderLayout layout = layout("Mã xã cũ", "Tên xã", "Mã xã");
        assertEquals(Map.of(SubmissionKey.MA_XA, 2, SubmissionKey.TEN_XA, 1), layout.columns());
        assertTrue(layout.duplicates().isEmpty());
    }

    @Test
    void twoEquallyGoodColumnsForOneKeyAreADuplicate() {
        HeaderLayout layout = layout("Mã xã", "Tên xã", "MA XA");
        assertEquals(List.of(new HeaderLayout.Duplicate(SubmissionKey.MA_XA, List.of(0, 2))), layout.duplicates());
    }

    @Test
    void aHeaderNeedsTheUnitCodeAndOneMoreKey() {
        assertTrue(layout("STT", "Mã xã", "Tên xã").isHeader());
        assertFalse(layout("Mã xã", "Ghi chú").isHeader());
        assertFalse(layout("Tên xã", "Kỳ báo cáo", "Số vụ ma túy").isHeader());
    }

    @Test
    void firstCountColumnIsTheLeftmostCount() {
        assertEquals(3, layout("Mã xã", "Tên xã", "Kỳ báo cáo", "Số vụ ma túy", "Số cán bộ chính quy").firstCountColumn());
        assertEquals(Integer.MAX_VALUE, layout("Mã xã", "Tên xã").firstCountColumn());
    }

    private static HeaderLayout layout(String... headers) {
        return HeaderLayout.of(java.util.Arrays.stream(headers).map(RawCell::text).toList());
    }
}
