package dev.peregrine.compression;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A content coding (RFC 9110 §8.4.1) that {@link ResponseCompression} can apply to a response
 * body: its registered name and three ways to encode, one per kind of body. Implementations are
 * thread-safe and keep what is costly to set up (a native compressor's state) for reuse.
 *
 * {@snippet :
 * app.responseOptions().compression(ResponseCompression.of(GzipCoding.level(1)));
 * }
 */
public interface ContentCoding {

    /** The coding's name as {@code Accept-Encoding} and {@code Content-Encoding} write it, in lower case: {@code gzip}. */
    String name();

    /** A whole body, encoded into a new array; {@code content} is left as it was. */
    byte[] encode(byte[] content);

    /**
     * A stream of {@code content}'s bytes, encoded as they are read. Closing it closes
     * {@code content} and gives back what the encoding held.
     */
    InputStream encode(InputStream content);

    /**
     * A stream that encodes what is written to it into {@code sink}. {@code flush()} sends what
     * was written so far, decodable as it is; {@code close()} ends the encoding, gives back what
     * it held and closes {@code sink}.
     *
     * @throws IOException when writing the coding's header to {@code sink} fails
     */
    OutputStream encode(OutputStream sink) throws IOException;
}
