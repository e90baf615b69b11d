package dev.peregrine.spi;

import dev.peregrine.BodyWriter;
import dev.peregrine.FileRegionBody;
import dev.peregrine.internal.response.FileRegionInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a {@link RenderedResponse}: exactly one of no body, bytes, a stream to read, a
 * writer that writes it, or a file region. Its length, when known, is already in the response's {@code Content-Length} line; a
 * server decides only the framing of a stream of unknown length (chunked, or closing the
 * connection for HTTP/1.0).
 *
 * <p>A server that does not send a body it was given (the client went away, the connection
 * failed) calls {@link #discard()}, so streams are closed and file regions go back to their owner.
 */
public sealed interface ResponseBody {

    /** The body of responses that carry none. */
    None NONE = new None();

    /** Gives back what the body holds without sending it: closes a stream, releases a file region. */
    void discard();

    /**
     * No body is sent: a HEAD request, or a 1xx, 204 or 304 status. A {@code Content-Length} line,
     * if present, describes what the same GET would send.
     */
    record None() implements ResponseBody {
        @Override
        public void discard() {
        }
    }

    /**
     * The whole body, in memory.
     *
     * @param bytes the bytes to send; never modified by the server
     */
    record Bytes(byte[] bytes) implements ResponseBody {
        @Override
        public void discard() {
        }
    }

    /**
     * A body read from a stream, possibly blocking, so a server reads it off its I/O threads.
     *
     * @param stream what to send; the server closes it when done or on failure
     * @param length how many bytes it holds (the {@code Content-Length}), or -1 when unknown
     */
    record Stream(InputStream stream, long length) implements ResponseBody {
        @Override
        public void discard() {
            try {
                stream.close();
            } catch (IOException ignored) {
                // NOTE: the body is dropped; a failure to close it changes nothing for the client.
            }
        }
    }

    /**
     * A body written as it is produced (a CSV export, server-sent events), on a thread that may
     * block. The server hands the writer a stream whose writes wait while the client is behind
     * and fail once it has gone, sends what {@code flush()} asks for at once, and closes the
     * stream when the writer returns.
     *
     * @param writer what writes the body
     * @param length how many bytes it writes (the {@code Content-Length}), or -1 when unknown
     */
    record Writer(BodyWriter writer, long length) implements ResponseBody {
        @Override
        public void discard() {
        }
    }

    /**
     * Bytes of an open file, which a server can send without copying them through the JVM
     * (sendfile); the region's count is the {@code Content-Length}.
     *
     * @param region the file region; the server calls {@link FileRegionBody#release()} once sent
     */
    record File(FileRegionBody region) implements ResponseBody {

        /** The region's bytes as a stream, for servers that only send streams; closing it releases the region. */
        public InputStream openStream() {
            return new FileRegionInputStream(region);
        }

        @Override
        public void discard() {
            region.release();
        }
    }
}
