package dev.peregrine.reliability.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads HTTP/1.x responses strictly, so a malformed one is an oracle failure rather than a
 * misread: a status line {@code HTTP/1.x NNN reason}, CRLF-terminated lines, token header names,
 * and a body framed by Content-Length or chunked (none for 1xx, 204 and 304, nor for answers
 * marked {@code X-Echo-Head}: the target marks every answer to a HEAD, whose body is left out).
 */
final class ResponseReader {

    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final InputStream in;

    ResponseReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next response, or {@code null} when the connection ends before its first byte.
     *
     * @throws MalformedResponseException when the bytes are not a well-formed response
     */
    ParsedResponse next() throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        String statusLine = (char) first + line();
        if (!statusLine.matches("HTTP/1\\.[01] [1-5][0-9][0-9] [\\x20-\\x7e]*")) {
            throw new MalformedResponseException("bad status line '" + statusLine + "'");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int headBytes = statusLine.length();
        for (String line = line(); !line.isEmpty(); line = line()) {
            headBytes += line.length();
            if (headBytes > MAX_HEAD) {
                throw new MalformedResponseException("response head over " + MAX_HEAD + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                throw new MalformedResponseException("bad header line '" + line + "'");
            }
            headers.computeIfAbsent(line.substring(0, colon).toLowerCase(), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        ParsedResponse bodiless = new ParsedResponse(status, headers, new byte[0]);
        if (bodiless.header("x-echo-head") != null || status < 200 || status == 204 || status == 304) {
            return bodiless;
        }
        return new ParsedResponse(status, headers, body(bodiless));
    }

    private byte[] body(ParsedResponse response) throws IOException {
        String encoding = response.header("transfer-encoding");
        String length = response.header("content-length");
        if (encoding != null) {
            if (!encoding.equalsIgnoreCase("chunked") || length != null) {
                throw new MalformedResponseException("bad response framing: Transfer-Encoding '" + encoding
                        + "', Content-Length " + length);
            }
            return chunked();
        }
        if (length == null || response.headers().get("content-length").size() > 1) {
            throw new MalformedResponseException("response without exactly one Content-Length or chunked framing");
        }
        long size;
        try {
            size = Long.parseLong(length);
        } catch (NumberFormatException e) {
            throw new MalformedResponseException("bad response Content-Length '" + length + "'");
        }
        if (size < 0 || size > MAX_BODY) {
            throw new MalformedResponseException("response Content-Length " + size + " out of range");
        }
        byte[] body = in.readNBytes((int) size);
        // NOTE: the server refuses a malformed HEAD itself, before the app (and its X-Echo-Head
        // mark): Content-Length, no body, Connection: close. The connection ending right where
        // the body would start is that answer, not a truncated one.
        boolean refusedHead = body.length == 0 && response.closes() && response.status() >= 400;
        if (body.length < size && !refusedHead) {
            throw new MalformedResponseException("connection closed " + body.length + " bytes into a " + size + "-byte body");
        }
        return body;
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            int size;
            try {
                size = Integer.parseInt(sizeLine, 16);
            } catch (NumberFormatException e) {
                throw new MalformedResponseException("bad response chunk size '" + sizeLine + "'");
            }
            if (size < 0 || body.size() + size > MAX_BODY) {
                throw new MalformedResponseException("response chunk size " + sizeLine + " out of range");
            }
            if (size == 0) {
                while (!line().isEmpty()) {
                    // NOTE: trailers are read and ignored, as a client may.
                }
                return body.toByteArray();
            }
            body.writeBytes(exactly(size));
            if (!line().isEmpty()) {
                throw new MalformedResponseException("response chunk not followed by CRLF");
            }
        }
    }

    private byte[] exactly(int size) throws IOException {
        byte[] bytes = in.readNBytes(size);
        if (bytes.length < size) {
            throw new MalformedResponseException("connection closed " + bytes.length + " bytes into a " + size + "-byte body");
        }
        return bytes;
    }

    /** A line without its CRLF; a bare CR or LF, or the connection ending mid-line, is malformed. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new MalformedResponseException("connection closed mid-line after '" + line.toString(StandardCharsets.ISO_8859_1) + "'");
            }
            if (b == '\r') {
                if (in.read() != '\n') {
                    throw new MalformedResponseException("bare CR in response head");
                }
                return line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                throw new MalformedResponseException("bare LF in response head");
            }
            if (line.size() >= MAX_HEAD) {
                throw new MalformedResponseException("response line over " + MAX_HEAD + " bytes");
            }
            line.write(b);
        }
    }

    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
            if (!token) {
                return false;
            }
        }
        return true;
    }
}
