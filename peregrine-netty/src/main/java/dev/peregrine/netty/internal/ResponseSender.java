package dev.peregrine.netty.internal;

import dev.peregrine.App;
import dev.peregrine.FileRegionBody;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpInternalServerError;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request through the app and sends what it answered: whole responses in one message,
 * file bodies zero-copy, streams chunk by chunk as the stream yields them, each chunk flushed,
 * waiting while the client reads slower than the stream produces.
 */
final class ResponseSender {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseSender.class);
    private static final int STREAM_CHUNK = 16 * 1024;

    private final App app;

    ResponseSender(App app) {
        this.app = app;
    }

    /** The app's rendered response to {@code request}, or the response decided before. */
    Response respond(PendingRequest request) {
        return request.response != null ? request.response : app.handle(request.exchange);
    }

    /**
     * Writes a response whose body is bytes, without flushing. Event loop.
     *
     * @return whether the connection must close after it
     */
    boolean write(ChannelHandlerContext ctx, PendingRequest request, Response resp) {
        boolean bodyLeft = !finishBody(request);
        boolean close = mustClose(request, resp, false) || bodyLeft;
        ctx.write(fullResponse(request, resp, close), ctx.voidPromise());
        return close;
    }

    /**
     * Sends a response through the outbox, pumping its stream here when it has one. A whole
     * response leaves with the worker's next post, at the latest the end of its batch. Worker thread.
     *
     * @param last whether it is the connection's last response (the server is stopping); a
     *     response on the event loop learns that from {@link PendingRequest#closeAfter}
     * @return whether the connection must close after it
     */
    boolean post(Outbox outbox, ByteBufAllocator alloc, PendingRequest request, Response resp, boolean last) {
        InputStream stream = resp.stream();
        if (stream == null) {
            boolean bodyLeft = !finishBody(request);
            boolean close = mustClose(request, resp, last) || bodyLeft;
            outbox.postWithNext(fullResponse(request, resp, close));
            return close;
        }
        boolean sized = resp.header("Content-Length") != null;
        boolean chunked = !sized && request.version == HttpVersion.HTTP_1_1;
        // NOTE: an HTTP/1.0 client learns where an unsized body ends only when the connection closes.
        // A body still arriving while the response streams cannot be reused for the next request either.
        boolean close = mustClose(request, resp, last) || !sized && !chunked
                || request.body != null && !request.body.settled();
        HttpResponse head;
        try {
            head = ResponseHeads.streamHead(resp, request, chunked, close);
        } catch (IllegalArgumentException invalid) {
            closeQuietly(stream);
            LOG.error("{} {} => the response has an invalid header; answering 500", request.exchange.method(),
                    request.exchange.target(), invalid);
            boolean closeAfterError = !finishBody(request) || close;
            outbox.post(ResponseHeads.full(app.renderError(request.exchange, new HttpInternalServerError()),
                    request, closeAfterError));
            return closeAfterError;
        }
        outbox.post(head);
        FileRegionBody file = resp.fileRegion();
        if (file != null && sized) {
            // PERF: the file goes from the page cache to the socket without passing through the heap.
            outbox.post(new ReleasingFileRegion(file));
            outbox.post(LastHttpContent.EMPTY_LAST_CONTENT);
            return !finishBody(request) || close;
        }
        boolean complete = pump(stream, sized ? resp.streamLength() : -1, outbox, alloc);
        return !finishBody(request) || close || !complete;
    }

    private static boolean pump(InputStream stream, long length, Outbox outbox, ByteBufAllocator alloc) {
        long remaining = length;
        try (stream) {
            while (remaining != 0) {
                outbox.awaitWritable();
                int want = remaining < 0 ? STREAM_CHUNK : (int) Math.min(STREAM_CHUNK, remaining);
                ByteBuf chunk = alloc.heapBuffer(want);
                int read;
                try {
                    read = chunk.writeBytes(stream, want);
                } catch (IOException | RuntimeException e) {
                    chunk.release();
                    throw e;
                }
                if (read < 0) {
                    chunk.release();
                    break;
                }
                if (remaining > 0) {
                    remaining -= read;
                }
                outbox.post(new DefaultHttpContent(chunk));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Streaming the response stopped: {}", e.toString());
            return false;
        }
        if (remaining > 0) {
            LOG.error("The response stream ended {} bytes short of its declared length; closing the connection", remaining);
            return false;
        }
        outbox.post(LastHttpContent.EMPTY_LAST_CONTENT);
        return true;
    }

    private FullHttpResponse fullResponse(PendingRequest request, Response resp, boolean close) {
        try {
            return ResponseHeads.full(resp, request, close);
        } catch (IllegalArgumentException invalid) {
            LOG.error("{} {} => the response has an invalid header; answering 500", request.exchange.method(),
                    request.exchange.target(), invalid);
            return ResponseHeads.full(app.renderError(request.exchange, new HttpInternalServerError()), request, close);
        }
    }

    private static boolean mustClose(PendingRequest request, Response resp, boolean last) {
        return request.closeAfter || !request.keepAlive || last || ResponseHeads.asksToClose(resp);
    }

    /** Drops what is left of the body; whether the connection can still read the next request. */
    private static boolean finishBody(PendingRequest request) {
        return request.body == null || request.body.discard();
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // NOTE: the stream is abandoned for a 500; a failure to close it changes nothing for the client.
        }
    }
}
