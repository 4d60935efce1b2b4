package vn.diemtua.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The character set of a text file: UTF-16 by its byte-order mark (Excel's "Unicode text") or by
 * its zero bytes when the mark is missing, else UTF-8 with or without a mark. Decoding is strict:
 * bytes that are not UTF-8 (a legacy Vietnamese code page) fail, they are never guessed.
 */
final class TextDecoding {
    private static final int SNIFF_BYTES = 4096;

    private TextDecoding() {
    }

    /** A strict reader over the text, positioned after any byte-order mark. */
    static StrictTextReader open(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        Charset charset;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = utf16WithoutMark(head);
        }
        in.skipNBytes(bom);
        return new StrictTextReader(in, charset);
    }

    /** ASCII text in UTF-16 has a zero in every other byte: on odd positions little-endian, even big-endian. */
    private static Charset utf16WithoutMark(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) {
            return StandardCharsets.UTF_8;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }
}
