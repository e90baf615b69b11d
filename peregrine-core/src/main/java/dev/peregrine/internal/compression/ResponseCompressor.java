package dev.peregrine.internal.compression;

import dev.peregrine.Request;
import dev.peregrine.compression.ContentCoding;
import dev.peregrine.compression.ResponseCompression;
import dev.peregrine.internal.response.HeaderList;
import dev.peregrine.spi.ResponseBody;
import java.io.OutputStream;

/**
 * The rendering step of {@link ResponseCompression}: decides whether a response is compressed,
 * sets the headers that go with it and encodes the body. The renderer holds one only when
 * compression is on, so without it no response pays anything.
 *
 * <p>NOTE: compression lives here, in the core, rather than in the server (Netty's
 * {@code HttpContentCompressor}): the in-process {@code TestClient} then gets the same bytes and
 * headers as a socket, the rules read in one place, and it needs no pairing of pipelined requests
 * with responses nor care for file regions, which Netty's encoder passes through unencoded. The
 * coding itself is the JDK's zlib ({@code java.util.zip.Deflater}); only the 18 bytes of gzip
 * framing around it are written here.
 */
public final class ResponseCompressor {

    private static final String VARY_VALUE = "Accept-Encoding";

    private final ResponseCompression compression;
    private final ContentCoding[] codings;
    private final String[] names;

    /** The step for {@code compression}. */
    public ResponseCompressor(ResponseCompression compression) {
        this.compression = compression;
        this.codings = compression.codings().toArray(ContentCoding[]::new);
        this.names = compression.codings().stream().map(ContentCoding::name).toArray(String[]::new);
    }

    /**
     * The coding to encode this response's body with, or {@code null} to send it as it is. Adds
     * {@code Vary: Accept-Encoding} whenever the answer depends on the request's Accept-Encoding;
     * when a coding is chosen, also sets {@code Content-Encoding} and makes a strong ETag weak.
     *
     * @param status a status that carries a body (not 1xx, 204 or 304)
     * @param length the body's length, or -1 when unknown
     */
    public ContentCoding codingFor(Request req, int status, ResponseBody body, long length, HeaderList headers) {
        if (status == 206 || length == 0 || length < 0 && body instanceof ResponseBody.None
                || length > 0 && length < compression.minimumSize()
                || headers.contains("Content-Encoding")
                || !compression.compresses(headers.get("Content-Type"))
                || listsToken(headers.get("Cache-Control"), "no-transform")) {
            return null;
        }
        addVary(headers);
        // NOTE: a range is of the identity body, whose bytes the client already holds some of.
        if (req.header("Range") != null) {
            return null;
        }
        int chosen = AcceptEncoding.choose(req.header("Accept-Encoding"), names);
        if (chosen == AcceptEncoding.IDENTITY) {
            return null;
        }
        ContentCoding coding = codings[chosen];
        headers.set("Content-Encoding", coding.name());
        String etag = headers.get("ETag");
        if (etag != null && etag.startsWith("\"")) {
            headers.set("ETag", "W/" + etag);
        }
        return coding;
    }

    /** A 304 stands for a response that may have varied with Accept-Encoding, and must say so (RFC 9110 §15.4.5). */
    public void notModified(HeaderList headers) {
        addVary(headers);
    }

    /**
     * {@code body} encoded with {@code coding}: a body in memory into a new array, a stream, file
     * or writer as it is sent (length unknown, so chunked).
     */
    public static ResponseBody encode(ResponseBody body, ContentCoding coding) {
        return switch (body) {
            case ResponseBody.None none -> none;
            case ResponseBody.Bytes bytes -> new ResponseBody.Bytes(coding.encode(bytes.bytes()));
            case ResponseBody.Stream stream -> new ResponseBody.Stream(coding.encode(stream.stream()), -1);
            // NOTE: a compressed file loses sendfile, but not its release: closing the stream releases the region.
            case ResponseBody.File file -> new ResponseBody.Stream(coding.encode(file.openStream()), -1);
            case ResponseBody.Writer writer -> new ResponseBody.Writer(out -> {
                try (OutputStream encoded = coding.encode(out)) {
                    writer.writer().writeTo(encoded);
                }
            }, -1);
        };
    }

    private static void addVary(HeaderList headers) {
        String vary = headers.get("Vary");
        if (vary == null) {
            headers.set("Vary", VARY_VALUE);
        } else if (!listsToken(vary, VARY_VALUE) && !listsToken(vary, "*")) {
            headers.append("Vary", VARY_VALUE);
        }
    }

    /** Whether the comma-separated {@code list} (or {@code null}) has an element equal to {@code token}, ignoring case. */
    static boolean listsToken(String list, String token) {
        if (list == null) {
            return false;
        }
        int length = list.length();
        int start = 0;
        while (start < length) {
            int end = list.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            int from = start;
            int to = end;
            while (from < to && isSpace(list.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(list.charAt(to - 1))) {
                to--;
            }
            if (to - from == token.length() && list.regionMatches(true, from, token, 0, token.length())) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
