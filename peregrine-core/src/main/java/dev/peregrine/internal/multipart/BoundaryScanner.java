package dev.peregrine.internal.multipart;

import dev.peregrine.errors.MultipartParseError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a multipart body through one bounded buffer and splits it at the boundary delimiters of
 * RFC 2046 §5.1.1, never holding more than the buffer in memory.
 *
 * <p>The body is seen as a run of content sections separated by delimiters: the preamble (read
 * with a CRLF in front, see the constructor), then each part's headers and content. Content is
 * read with {@link #readContent} until the next delimiter; {@link #crossDelimiter()} steps over
 * it; the bytes after a delimiter line (a part's headers) are read one at a time with
 * {@link #readLineByte()}.
 */
public final class BoundaryScanner {

    /** The read buffer's size unless a test asks for another. */
    public static final int DEFAULT_BUFFER_SIZE = 16 * 1024;

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte DASH = '-';

    private final InputStream body;
    private final String boundary;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean endOfBody;
    private boolean sawDelimiter;
    // Bytes in [position, contentEnd) are known to be content; when delimiterAhead is set, a
    // whole delimiter starts at contentEnd.
    private int contentEnd;
    private boolean delimiterAhead;

    /**
     * A scanner over a body.
     *
     * @param body the multipart body
     * @param boundary the boundary parameter, already checked to be 1 to 70 ASCII characters
     * @param bufferSize the read buffer's size; larger than the boundary plus four
     */
    public BoundaryScanner(InputStream body, String boundary, int bufferSize) {
        this.body = body;
        this.boundary = boundary;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        if (bufferSize <= delimiter.length) {
            throw new IllegalArgumentException("bufferSize " + bufferSize + " cannot hold the delimiter");
        }
        this.buffer = new byte[bufferSize];
        // NOTE: the first delimiter may open the body without the CRLF that precedes every
        //   other one (RFC 2046 §5.1.1). Pretending the body starts with CRLF lets one search
        //   serve both, with the preamble read as the content before the first delimiter.
        buffer[0] = CR;
        buffer[1] = LF;
        limit = 2;
    }

    /**
     * Reads content up to the next delimiter, as {@link InputStream#read(byte[], int, int)} does.
     *
     * @return the number of bytes read, or -1 when the delimiter is next
     * @throws MultipartParseError when the body ends before the delimiter
     */
    public int readContent(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int available = contentAvailable();
        if (available == 0) {
            return -1;
        }
        int count = Math.min(available, length);
        System.arraycopy(buffer, position, target, offset, count);
        position += count;
        return count;
    }

    /**
     * Skips at most {@code count} bytes of content.
     *
     * @return the number of bytes skipped, 0 when the delimiter is next
     */
    public long skipContent(long count) throws IOException {
        if (count <= 0) {
            return 0;
        }
        int skipped = (int) Math.min(contentAvailable(), count);
        position += skipped;
        return skipped;
    }

    /**
     * Skips content up to the next delimiter.
     *
     * @return the number of bytes skipped
     */
    public long skipAllContent() throws IOException {
        long skipped = 0;
        for (int available = contentAvailable(); available > 0; available = contentAvailable()) {
            position += available;
            skipped += available;
        }
        return skipped;
    }

    /** The content bytes that can be read without touching the body. */
    public int bufferedContent() {
        return contentEnd - position;
    }

    /**
     * Skips the rest of the current content and steps over the delimiter and its line break.
     *
     * @return {@code true} for the close delimiter (the form ends), {@code false} when a part
     *     follows
     * @throws MultipartParseError when the body ends first or the delimiter line is malformed
     */
    public boolean crossDelimiter() throws IOException {
        skipAllContent();
        position += delimiter.length;
        contentEnd = position;
        delimiterAhead = false;
        sawDelimiter = true;
        int next = readLineByte();
        // NOTE: RFC 2046 does not say the close delimiter needs a CRLF after it, and some
        //   clients (Node's fetch) leave it out, so "--" alone ends the form as in Falcon.
        //   Whatever follows is the epilogue, ignored and left unread.
        if (next == DASH) {
            next = readLineByte();
            if (next == DASH) {
                return true;
            }
        } else {
            // NOTE: RFC 2046 §5.1.1 allows transport padding (spaces, tabs) before the CRLF.
            while (next == ' ' || next == '\t') {
                next = readLineByte();
            }
            if (next == CR) {
                next = readLineByte();
                if (next == LF) {
                    return false;
                }
            }
        }
        if (next < 0) {
            throw truncated();
        }
        throw new MultipartParseError("unexpected form structure: the delimiter --" + boundary
                + " must be followed by a line break, or by -- to end the form");
    }

    /**
     * Reads one byte after a delimiter line (of a part's headers), or -1 at the end of the body.
     * Content searching starts again after the last byte read.
     */
    public int readLineByte() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        int value = buffer[position++] & 0xFF;
        contentEnd = position;
        return value;
    }

    /** The error for a body that ends before its close delimiter. */
    public MultipartParseError truncated() {
        if (!sawDelimiter) {
            return new MultipartParseError("no delimiter --" + boundary
                    + " found in the body: is the body empty, or is the boundary parameter wrong?");
        }
        return new MultipartParseError(
                "unexpected end of form: the close delimiter --" + boundary + "-- was never found");
    }

    // Content bytes at the position that are surely not part of a delimiter; 0 at a delimiter.
    private int contentAvailable() throws IOException {
        while (position == contentEnd) {
            if (delimiterAhead) {
                return 0;
            }
            findContentEnd();
        }
        return contentEnd - position;
    }

    private void findContentEnd() throws IOException {
        while (true) {
            int start = delimiterStart();
            if (start + delimiter.length <= limit) {
                contentEnd = start;
                delimiterAhead = true;
                return;
            }
            if (start > position) {
                // Either no delimiter is buffered, or only its first bytes at the very end.
                contentEnd = start;
                return;
            }
            if (!fill()) {
                throw truncated();
            }
        }
    }

    // The first index from the position where the delimiter, or a prefix of it cut off by the
    // end of the buffered bytes, starts; the limit when there is none.
    private int delimiterStart() {
        byte[] bytes = buffer;
        int end = limit;
        // PERF: a plain loop looking for CR, the delimiter's first byte, and only then comparing;
        //   content rarely holds CR, so most bytes cost one comparison.
        for (int i = position; i < end; i++) {
            if (bytes[i] == CR && delimiterMatchesAt(i)) {
                return i;
            }
        }
        return end;
    }

    private boolean delimiterMatchesAt(int index) {
        int length = Math.min(delimiter.length, limit - index);
        for (int j = 1; j < length; j++) {
            if (buffer[index + j] != delimiter[j]) {
                return false;
            }
        }
        return true;
    }

    // Moves the unread bytes to the front and reads more; false at the end of the body.
    private boolean fill() throws IOException {
        if (endOfBody) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            contentEnd -= position;
            position = 0;
        }
        int read = body.read(buffer, limit, buffer.length - limit);
        if (read == 0) {
            // NOTE: a stream that breaks the InputStream contract by returning 0 is read one
            //   byte at a time instead, which must block or report the end.
            int single = body.read();
            if (single >= 0) {
                buffer[limit] = (byte) single;
                read = 1;
            } else {
                read = -1;
            }
        }
        if (read < 0) {
            endOfBody = true;
            return false;
        }
        limit += read;
        return true;
    }
}
