package dev.peregrine.netty.internal;

import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.FastThreadLocal;
import java.nio.charset.StandardCharsets;

/**
 * A whole response on its way to the socket: the app's rendered answer (its bytes, or none for
 * HEAD and bodiless statuses) and what belongs to the connection, which {@link ResponseEncoder}
 * turns into its wire form, head and body in one buffer.
 *
 * <p>PERF: the core rendered and validated every header line once; copying them into Netty's
 * header map (hashing each name) only for its encoder to walk the map and copy them again cost
 * more than the rest of the response. Here each line is copied once, into one buffer sized
 * exactly, after the head is assembled in an array of the event loop's own. The encoding happens
 * in the pipeline, on the event loop, whose pooled allocator serves it from the loop's own cache;
 * a worker allocating there would take the shared, locked path.
 *
 * @param answer what the app rendered
 * @param request the request it answers
 * @param close whether the connection closes after it
 */
record WholeResponse(RenderedResponse answer, PendingRequest request, boolean close) {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] COLON_SPACE = {':', ' '};
    private static final byte[] DATE = "Date: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION_CLOSE = "Connection: close\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION_KEEP_ALIVE = "Connection: keep-alive\r\n".getBytes(StandardCharsets.US_ASCII);
    /** Heads are assembled in an array per event loop, kept while no larger than this. */
    private static final int KEPT_HEAD = 64 * 1024;
    private static final FastThreadLocal<byte[]> HEAD = new FastThreadLocal<>() {
        @Override
        protected byte[] initialValue() {
            return new byte[2048];
        }
    };
    /** Status lines by code, built once per code: {@code HTTP/1.1 200 OK\r\n}. */
    private static final byte[][] STATUS_LINES_1_1 = new byte[1000][];
    private static final byte[][] STATUS_LINES_1_0 = new byte[1000][];

    /**
     * The response's bytes: status line, the app's headers, {@code Date}, the request id and
     * {@code Connection} as {@link ResponseHeads} adds them to the heads of bodies sent in pieces,
     * then the body.
     */
    ByteBuf encode(ByteBufAllocator alloc) {
        byte[] body = answer.body() instanceof ResponseBody.Bytes bytes ? bytes.bytes() : null;
        byte[] statusLine = statusLine(answer, request.version);
        String date = null;
        int count = answer.headerCount();
        int size = statusLine.length + CRLF.length + (body == null ? 0 : body.length);
        boolean dated = false;
        for (int i = 0; i < count; i++) {
            String name = answer.headerName(i);
            if (replacedById(request, name)) {
                continue;
            }
            dated |= name.length() == 4 && name.equalsIgnoreCase("Date");
            size += name.length() + answer.headerValue(i).length() + COLON_SPACE.length + CRLF.length;
        }
        if (!dated) {
            date = HttpDateClock.now();
            size += DATE.length + date.length() + CRLF.length;
        }
        if (request.requestId != null) {
            size += request.requestIdHeader.length() + request.requestId.length() + COLON_SPACE.length + CRLF.length;
        }
        byte[] connection = close ? CONNECTION_CLOSE : request.version == HttpVersion.HTTP_1_0 ? CONNECTION_KEEP_ALIVE : null;
        if (connection != null) {
            size += connection.length;
        }
        int bodyLength = body == null ? 0 : body.length;
        byte[] head = scratch(size - bodyLength);
        int at = put(head, 0, statusLine);
        for (int i = 0; i < count; i++) {
            String name = answer.headerName(i);
            if (!replacedById(request, name)) {
                at = line(head, at, name, answer.headerValue(i));
            }
        }
        if (date != null) {
            at = put(head, at, DATE);
            at = put(head, at, date);
            at = put(head, at, CRLF);
        }
        if (request.requestId != null) {
            at = line(head, at, request.requestIdHeader, request.requestId);
        }
        if (connection != null) {
            at = put(head, at, connection);
        }
        at = put(head, at, CRLF);
        ByteBuf wire = alloc.ioBuffer(size, size);
        wire.writeBytes(head, 0, at);
        if (body != null) {
            wire.writeBytes(body);
        }
        return wire;
    }

    /** Whether the line is the app's own request id header, which the server's id replaces. */
    private static boolean replacedById(PendingRequest request, String name) {
        return request.requestId != null && name.equalsIgnoreCase(request.requestIdHeader);
    }

    /** The event loop's array the head is assembled in, at least {@code size} long. */
    private static byte[] scratch(int size) {
        byte[] head = HEAD.get();
        if (head.length < size) {
            head = new byte[Math.max(size, head.length * 2)];
            if (head.length <= KEPT_HEAD) {
                HEAD.set(head);
            }
        }
        return head;
    }

    private static int line(byte[] head, int at, String name, String value) {
        at = put(head, at, name);
        at = put(head, at, COLON_SPACE);
        at = put(head, at, value);
        return put(head, at, CRLF);
    }

    private static int put(byte[] head, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, head, at, bytes.length);
        return at + bytes.length;
    }

    /**
     * Copies a header name or value, one byte per character: the core allows only ISO-8859-1 in
     * values and tokens in names.
     *
     * <p>PERF: the JDK copies a Latin-1 string's bytes as they are; Netty's character sequences
     * are written one {@code charAt} at a time.
     */
    @SuppressWarnings("deprecation") // NOTE: deprecated for dropping each char's high byte, which is zero here.
    private static int put(byte[] head, int at, String text) {
        text.getBytes(0, text.length(), head, at);
        return at + text.length();
    }

    private static byte[] statusLine(RenderedResponse answer, HttpVersion version) {
        int code = answer.status();
        byte[][] lines = version == HttpVersion.HTTP_1_0 ? STATUS_LINES_1_0 : STATUS_LINES_1_1;
        byte[] line = lines[code];
        if (line == null) {
            // NOTE: a race only builds the same bytes twice.
            line = (version.text() + ' ' + code + ' ' + answer.reason() + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            lines[code] = line;
        }
        return line;
    }
}
