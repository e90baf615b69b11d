package dev.peregrine.reliability.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request as the parts a structural mutation changes: request line, header lines, and the bytes
 * after the header section (the body, already framed). Text is sent as ISO-8859-1, so a mutation
 * can put any byte anywhere by writing the matching {@code char}.
 */
final class RawRequest {

    String method;
    String target;
    /** {@code null} for a request line without a version (HTTP/0.9). */
    String version = "HTTP/1.1";
    /** Header lines without their line ending, sent in order. */
    final List<String> headerLines = new ArrayList<>();
    /** What ends the request line and every header line. */
    String lineEnd = "\r\n";
    byte[] body = new byte[0];

    RawRequest(String method, String target) {
        this.method = method;
        this.target = target;
    }

    RawRequest header(String name, String value) {
        headerLines.add(name + ": " + value);
        return this;
    }

    /** The request as the fuzzer meant it, for the echo check. */
    IntendedRequest intended() {
        return new IntendedRequest(method, target);
    }

    byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
        String line = version == null ? method + " " + target : method + " " + target + " " + version;
        out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(lineEnd.getBytes(StandardCharsets.ISO_8859_1));
        for (String header : headerLines) {
            out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(lineEnd.getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(lineEnd.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }
}
