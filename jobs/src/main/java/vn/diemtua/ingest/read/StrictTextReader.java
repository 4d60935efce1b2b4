package vn.diemtua.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly and knows the line it stopped at: unlike {@link java.io.InputStreamReader},
 * which drops the characters decoded before a bad byte, it hands them out first and fails on the
 * next read, so {@link #line()} names the line holding the bad byte.
 */
final class StrictTextReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private CharacterCodingException failure;
    private boolean eof;
    private boolean flushed;
    private long newlines;

    StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The 1-based line of the next character to be read. */
    long line() {
        return newlines + 1;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (failure != null) {
                throw failure;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                try {
                    result.throwException();
                } catch (CharacterCodingException e) {
                    failure = e;
                }
            } else if (result.isOverflow()) {
                break;
            } else if (eof) {
                decoder.flush(out);
                flushed = true;
                if (out.position() == off) {
                    return -1;
                }
                break;
            } else {
                fill();
            }
        }
        int n = out.position() - off;
        for (int i = off; i < off + n; i++) {
            newlines += cbuf[i] == '\n' ? 1 : 0;
        }
        return n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }
}
