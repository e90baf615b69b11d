package dev.peregrine.reliability.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The valid requests every mutation starts from: GET, HEAD, POST, PUT, DELETE and OPTIONS to the
 * echo route, bodies framed by Content-Length or chunked (random chunk sizes, extensions,
 * trailers), with or without {@code Expect: 100-continue}, keep-alive or not. The request at
 * position {@code i} of a connection targets {@code /echo/i}, so the echo of each answer names the
 * request it answers.
 */
final class ValidRequests {

    /** In no target the fuzzer means to send: an echo naming it is a smuggled request. */
    static final String HIDDEN_MARKER = "smuggled";
    private static final String[] METHODS = {"GET", "GET", "HEAD", "POST", "POST", "PUT", "DELETE", "OPTIONS"};
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private ValidRequests() {
    }

    /** A complete request that, if a server served it from inside a body, would be echoed with the hidden marker. */
    static byte[] hiddenRequest() {
        return ascii("GET /" + HIDDEN_MARKER + " HTTP/1.1\r\nHost: fuzz\r\n\r\n");
    }

    /** A random valid request at position {@code index} of its connection. */
    static RawRequest random(Random random, int index) {
        String method = METHODS[random.nextInt(METHODS.length)];
        RawRequest request = new RawRequest(method, target(random, method, index)).header("Host", "fuzz");
        if (random.nextInt(4) == 0) {
            request.header("Connection", "keep-alive");
        }
        if (random.nextInt(3) == 0) {
            request.header("User-Agent", "peregrine-fuzz/" + random.nextInt(100));
        }
        if (method.equals("POST") || method.equals("PUT")) {
            byte[] body = text(random, random.nextInt(4) == 0 ? 5_000 + random.nextInt(5_000) : random.nextInt(200));
            if (random.nextInt(4) == 0) {
                request.header("Expect", "100-continue");
            }
            if (random.nextBoolean()) {
                request.header("Transfer-Encoding", "chunked");
                request.body = chunked(random, body);
            } else {
                contentLength(request, body);
            }
        }
        return request;
    }

    /** A POST of {@code body} with its Content-Length. */
    static RawRequest post(int index, byte[] body) {
        RawRequest request = new RawRequest("POST", "/echo/" + index).header("Host", "fuzz");
        return contentLength(request, body);
    }

    /** A GET of {@code /echo/index}. */
    static RawRequest get(int index) {
        return new RawRequest("GET", "/echo/" + index).header("Host", "fuzz");
    }

    /** {@code /echo/index} or, for a POST, {@code /upload?i=index}; sometimes with a %-encoded query. */
    static String target(Random random, String method, int index) {
        String path = method.equals("POST") && random.nextInt(3) == 0 ? "/upload?i=" + index : "/echo/" + index;
        return switch (random.nextInt(4)) {
            case 0 -> path + (path.contains("?") ? "&" : "?") + "q=a%20b&x=%E2%82%AC&flag";
            case 1 -> path + (path.contains("?") ? "&" : "?") + "n=" + random.nextInt(1000);
            default -> path;
        };
    }

    static RawRequest contentLength(RawRequest request, byte[] body) {
        request.header("Content-Length", Integer.toString(body.length));
        request.body = body;
        return request;
    }

    /** {@code body} as a chunked body: random chunk sizes, sometimes extensions, leading zeros and trailers. */
    static byte[] chunked(Random random, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
        int at = 0;
        while (at < body.length) {
            int size = Math.min(body.length - at, 1 + random.nextInt(Math.max(1, body.length / 2 + 1)));
            String sizeLine = Integer.toHexString(size);
            if (random.nextInt(8) == 0) {
                sizeLine = "00" + sizeLine;
            }
            if (random.nextInt(8) == 0) {
                sizeLine += ";ext=" + (random.nextBoolean() ? "v" : "\"quoted value\"");
            }
            out.writeBytes(ascii(sizeLine + "\r\n"));
            out.write(body, at, size);
            out.writeBytes(ascii("\r\n"));
            at += size;
        }
        out.writeBytes(ascii(random.nextInt(6) == 0 ? "0\r\nX-Trailer: done\r\n\r\n" : "0\r\n\r\n"));
        return out.toByteArray();
    }

    /** Letters and digits only: no line ending or space, so a byte mutation cannot turn a body into a request by accident. */
    static byte[] text(Random random, int length) {
        byte[] text = new byte[length];
        for (int i = 0; i < length; i++) {
            text[i] = (byte) ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()));
        }
        return text;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
