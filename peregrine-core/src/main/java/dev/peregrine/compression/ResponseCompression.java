package dev.peregrine.compression;

import dev.peregrine.internal.compression.CompressibleTypes;
import dev.peregrine.internal.http.HttpToken;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which responses are compressed, and with what: the codings the server offers (its preference
 * first), the smallest body worth compressing and the compressible Content-Types. Off unless set
 * with {@code app.responseOptions().compression(...)}; an immutable value, each method returning
 * a changed copy.
 *
 * {@snippet :
 * app.responseOptions().compression(ResponseCompression.gzip());                   // gzip level 1, from 1 KiB
 * app.responseOptions().compression(ResponseCompression.of(GzipCoding.level(6))
 *         .minimumSize(4096)
 *         .compressibleTypes("application/json", "application/*+json"));
 * }
 *
 * <p>A body is compressed when all of these hold, and otherwise sent as the responder set it:
 * <ul>
 *   <li>the request's {@code Accept-Encoding} accepts one of the codings (q-values honoured,
 *       ties going to the order given here; see RFC 9110 §12.5.3), and it has no {@code Range};</li>
 *   <li>the status is not 206 (nor 1xx, 204 or 304, which carry no body);</li>
 *   <li>the Content-Type matches {@link #compressibleTypes()} (never {@code text/event-stream});</li>
 *   <li>the body is at least {@link #minimumSize()} bytes, or of unknown length (a stream);</li>
 *   <li>the response has no {@code Content-Encoding} (the responder encoded it itself) and no
 *       {@code Cache-Control: no-transform}.</li>
 * </ul>
 *
 * <p>A compressed response carries {@code Content-Encoding}, a Content-Length when the body was
 * in memory (streams, writers and files are compressed as they are sent, chunked), and a strong
 * ETag made weak: {@code "v1"} becomes {@code W/"v1"}. Every response that the request's
 * {@code Accept-Encoding} could have changed, compressed or not, carries
 * {@code Vary: Accept-Encoding}, merged with any Vary already set; so do 304 responses, which
 * stand for such a response. A HEAD request gets the headers its GET would, without the body.
 *
 * <p>NOTE on the ETag: a compressed body is a different representation, so it cannot share the
 * identity body's strong tag (RFC 9110 §8.8.3). Made weak (as nginx does) rather than suffixed
 * ({@code "v1-gzip"}, Apache's way): {@code If-None-Match} compares weakly, so caches keep getting
 * 304s without the app knowing about compression, while {@code If-Range} and {@code If-Match},
 * which compare strongly, rightly no longer match bytes the tag cannot vouch for. An app whose
 * clients send {@code If-Match} with the tag of a compressed GET should compare it weakly.
 *
 * <p>Compressing responses that reflect request input next to secrets over TLS can leak the
 * secrets (BREACH); answer such responses with {@code Cache-Control: no-transform}.
 */
public final class ResponseCompression {

    /** Bodies smaller than this are sent as they are by default: below a packet, compressing saves nothing worth its CPU. */
    public static final long DEFAULT_MINIMUM_SIZE = 1024;

    /** The default compressible types: text, JSON, XML, JavaScript, SVG and similar formats that compress well. */
    public static final List<String> DEFAULT_TYPES = List.of(
            "text/*", "application/json", "application/*+json", "application/x-ndjson", "application/xml",
            "application/*+xml", "application/javascript", "application/yaml", "application/wasm", "image/svg+xml");

    private final List<ContentCoding> codings;
    private final long minimumSize;
    private final List<String> compressibleTypes;
    private final CompressibleTypes typeMatcher;

    private ResponseCompression(List<ContentCoding> codings, long minimumSize, List<String> compressibleTypes) {
        this.codings = codings;
        this.minimumSize = minimumSize;
        this.compressibleTypes = compressibleTypes;
        this.typeMatcher = new CompressibleTypes(compressibleTypes);
    }

    /** gzip at {@link GzipCoding#DEFAULT_LEVEL}, with the default size and types. */
    public static ResponseCompression gzip() {
        return of(GzipCoding.defaults());
    }

    /**
     * These codings, the server's preference first, with the default size and types.
     *
     * @throws IllegalArgumentException when there are none, when two share a name, or when a name
     *     is not a lower-case token or is {@code identity}
     */
    public static ResponseCompression of(ContentCoding... codings) {
        if (codings.length == 0) {
            throw new IllegalArgumentException("Response compression needs at least one coding, such as GzipCoding.defaults()");
        }
        Set<String> names = new HashSet<>();
        for (ContentCoding coding : codings) {
            String name = coding.name();
            if (!HttpToken.isToken(name) || !name.equals(name.toLowerCase(Locale.ROOT)) || name.equals("identity")) {
                throw new IllegalArgumentException("A content coding's name must be a lower-case token other than"
                        + " 'identity', such as 'gzip', not '" + name + "' (" + coding.getClass().getName() + ")");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("Two codings are named '" + name + "'; offer each coding once");
            }
        }
        return new ResponseCompression(List.of(codings), DEFAULT_MINIMUM_SIZE, DEFAULT_TYPES);
    }

    /** The codings offered, the server's preference first. */
    public List<ContentCoding> codings() {
        return codings;
    }

    /** The smallest body, in bytes, that is compressed (default {@link #DEFAULT_MINIMUM_SIZE}). */
    public long minimumSize() {
        return minimumSize;
    }

    /**
     * A copy compressing bodies of at least {@code bytes}.
     *
     * @throws IllegalArgumentException when {@code bytes} is negative
     */
    public ResponseCompression minimumSize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("The minimum size to compress is 0 bytes or more, not " + bytes);
        }
        return new ResponseCompression(codings, bytes, compressibleTypes);
    }

    /** The media ranges of the compressible Content-Types (default {@link #DEFAULT_TYPES}). */
    public List<String> compressibleTypes() {
        return compressibleTypes;
    }

    /**
     * A copy compressing exactly these Content-Types, each {@code type/subtype},
     * {@code type/*} or {@code type/*+suffix}.
     *
     * @throws IllegalArgumentException naming the first range of another form
     */
    public ResponseCompression compressibleTypes(String... mediaRanges) {
        return new ResponseCompression(codings, minimumSize, List.of(mediaRanges));
    }

    /** Whether a body of {@code contentType} (a Content-Type header value, or {@code null}) may be compressed. */
    public boolean compresses(String contentType) {
        return typeMatcher.matches(contentType);
    }

    @Override
    public String toString() {
        return "ResponseCompression[" + codings + ", from " + minimumSize + " bytes, " + compressibleTypes + "]";
    }
}
