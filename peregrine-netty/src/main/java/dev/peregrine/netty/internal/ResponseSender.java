package dev.peregrine.netty.internal;

import dev.peregrine.App;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request through the app and sends what it answered: whole responses in one message,
 * file bodies zero-copy, streams chunk by chunk as the stream yields them, waiting while the
 * client reads slower than the stream produces.
 */
final class ResponseSender {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseSender.class);
    private static final int STREAM_CHUNK = 16 * 1024;

    private final App app;

    ResponseSender(App app) {
        this.app = app;
    }

    /** The app's answer to {@code request}, or the answer decided before (a refusal). */
    RenderedResponse respond(PendingRequest request) {
        return request.response != null ? request.response : app.handle(request.exchange);
    }

    /** Whether the event loop can send {@code answer} itself: its body is not a stream or a writer, which may block. */
    static boolean sendsWithoutBlocking(RenderedResponse answer) {
        return !(answer.body() instanceof ResponseBody.Stream || answer.body() instanceof ResponseBody.Writer);
    }

    /**
     * Writes an answer {@link #sendsWithoutBlocking} accepts, without flushing. Event loop.
     *
     * @return whether the connection must close after it
     */
    boolean write(ChannelHandlerContext ctx, PendingRequest request, RenderedResponse answer) {
        boolean bodyLeft = !finishBody(request);
        boolean close = mustClose(request, answer, false) || bodyLeft;
        if (answer.body() instanceof ResponseBody.File file) {
            request.responseBodyBytes = file.region().count();
            ctx.write(ResponseHeads.streamHead(answer, request, false, close), ctx.voidPromise());
            // PERF: the file goes from the page cache to the socket without passing through the heap.
            ctx.write(new ReleasingFileRegion(file.region()), ctx.voidPromise());
            ctx.write(LastHttpContent.EMPTY_LAST_CONTENT, ctx.voidPromise());
        } else {
            request.responseBodyBytes = bodyLength(answer);
            ctx.write(new WholeResponse(answer, request, close), ctx.voidPromise());
        }
        request.closesCleanly = closesCleanly(request, bodyLeft, false);
        return close;
    }

    /**
     * Sends an answer through the outbox, pumping its stream here when it has one. A whole
     * response leaves with the worker's next post, at the latest the end of its batch. Worker thread.
     *
     * @param last whether it is the connection's last response (the server is stopping); a
     *     response on the event loop learns that from {@link PendingRequest#closeAfter}
     * @return whether the connection must close after it
     */
    boolean post(Outbox outbox, ByteBufAllocator alloc, PendingRequest request, RenderedResponse answer, boolean last) {
        switch (answer.body()) {
            case ResponseBody.Stream stream -> {
                boolean close = postStreamHead(outbox, request, answer, stream.length(), last);
                boolean complete = pump(stream.stream(), stream.length(), outbox, alloc, request);
                return !finishBody(request) || close || !complete;
            }
            case ResponseBody.Writer writer -> {
                boolean close = postStreamHead(outbox, request, answer, writer.length(), last);
                boolean complete = runWriter(writer, outbox, alloc, request);
                return !finishBody(request) || close || !complete;
            }
            case ResponseBody.File file -> {
                boolean close = mustClose(request, answer, last);
                request.responseBodyBytes = file.region().count();
                outbox.post(ResponseHeads.streamHead(answer, request, false, close));
                outbox.post(new ReleasingFileRegion(file.region()));
                outbox.post(LastHttpContent.EMPTY_LAST_CONTENT);
                return !finishBody(request) || close;
            }
            case ResponseBody.None none -> {
                return postWhole(outbox, request, answer, last);
            }
            case ResponseBody.Bytes bytes -> {
                return postWhole(outbox, request, answer, last);
            }
        }
    }

    /** Posts the head of a body sent in pieces; whether the connection must close after it. */
    private static boolean postStreamHead(Outbox outbox, PendingRequest request, RenderedResponse answer, long length,
            boolean last) {
        boolean sized = length >= 0;
        boolean chunked = !sized && request.version == HttpVersion.HTTP_1_1;
        // NOTE: an HTTP/1.0 client learns where an unsized body ends only when the connection closes.
        // A body still arriving while the response streams cannot be reused for the next request either.
        boolean close = mustClose(request, answer, last) || !sized && !chunked
                || request.body != null && !request.body.settled();
        outbox.post(ResponseHeads.streamHead(answer, request, chunked, close));
        return close;
    }

    /** Runs a body writer to its end; whether the whole body, as declared, went out. */
    private static boolean runWriter(ResponseBody.Writer body, Outbox outbox, ByteBufAllocator alloc, PendingRequest request) {
        OutboxOutputStream out = new OutboxOutputStream(outbox, alloc, body.length());
        try (out) {
            body.writer().writeTo(out);
        } catch (IOException gone) {
            request.responseBodyBytes = out.written();
            LOG.debug("Writing the response stopped: {}", gone.toString());
            return false;
        } catch (RuntimeException e) {
            request.responseBodyBytes = out.written();
            LOG.error("The response's body writer failed after the head was sent; closing the connection", e);
            return false;
        }
        request.responseBodyBytes = out.written();
        if (body.length() >= 0 && out.written() < body.length()) {
            LOG.error("The body writer wrote {} of the {} bytes it declared; closing the connection", out.written(), body.length());
            return false;
        }
        outbox.post(LastHttpContent.EMPTY_LAST_CONTENT);
        return true;
    }

    private static boolean postWhole(Outbox outbox, PendingRequest request, RenderedResponse answer, boolean last) {
        request.responseBodyBytes = bodyLength(answer);
        boolean bodyLeft = !finishBody(request);
        boolean close = mustClose(request, answer, last) || bodyLeft;
        outbox.postWithNext(new WholeResponse(answer, request, close));
        request.closesCleanly = closesCleanly(request, bodyLeft, last);
        return close;
    }

    private static boolean pump(InputStream stream, long length, Outbox outbox, ByteBufAllocator alloc,
            PendingRequest request) {
        long remaining = length;
        request.responseBodyBytes = 0;
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
                request.responseBodyBytes += read;
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

    private static long bodyLength(RenderedResponse answer) {
        return answer.body() instanceof ResponseBody.Bytes bytes ? bytes.bytes().length : 0;
    }

    private static boolean mustClose(PendingRequest request, RenderedResponse answer, boolean last) {
        return request.closeAfter || !request.keepAlive || last || answer.closesConnection();
    }

    /**
     * Whether the connection may close at once after the response: the client asked to close it
     * and sent all of its body, and the server refused nothing and is not stopping. Such a client
     * sends nothing more (RFC 9112 §9.6), so closing leaves no unread bytes that would turn the
     * close into a reset and cost the client the response; every other close reads on for a moment.
     */
    private static boolean closesCleanly(PendingRequest request, boolean bodyLeft, boolean last) {
        return !request.keepAlive && !bodyLeft && !request.refusal && !request.closeAfter && !last;
    }

    /** Drops what is left of the body; whether the connection can still read the next request. */
    private static boolean finishBody(PendingRequest request) {
        return request.body == null || request.body.discard();
    }
}
