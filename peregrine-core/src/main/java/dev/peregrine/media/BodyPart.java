package dev.peregrine.media;

import dev.peregrine.errors.HttpUnsupportedMediaType;
import dev.peregrine.errors.MultipartParseError;
import dev.peregrine.internal.multipart.BoundaryScanner;
import dev.peregrine.internal.multipart.ExtendedParameterValue;
import dev.peregrine.internal.multipart.HeaderParameters;
import dev.peregrine.internal.multipart.PartContentStream;
import dev.peregrine.internal.multipart.PartHeaders;
import dev.peregrine.internal.multipart.SecureFilename;
import dev.peregrine.internal.multipart.StrictTextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One part of a multipart/form-data form: a field or an uploaded file.
 *
 * <p>A part's content is read straight from the request body, so it can be read only while the
 * part is the form's current one: once {@link MultipartForm} moves on, unread content is gone.
 * Read large content with {@link #stream()}; {@link #data()} and {@link #text()} buffer it and
 * are bounded by {@link MultipartOptions#maxBodyPartBufferSize()}.
 * {@snippet :
 * for (BodyPart part : form) {
 *     if (part.filename() != null) {
 *         Path target = uploads.resolve(part.secureFilename());
 *         Files.copy(part.stream(), target);
 *     } else {
 *         fields.put(part.name(), part.text());
 *     }
 * }
 * }
 */
public final class BodyPart {

    private final PartHeaders headers;
    private final HeaderParameters disposition;
    private final PartContentStream stream;
    private final String description;
    private final int maxBufferSize;
    private final String defaultCharset;
    private final MediaHandlers handlers;
    private byte[] data;
    private String filename;
    private boolean filenameDecoded;

    BodyPart(int number, PartHeaders headers, BoundaryScanner scanner, int maxBufferSize, String defaultCharset,
            MediaHandlers handlers) {
        this.headers = headers;
        this.disposition = HeaderParameters.parse(headers.contentDisposition());
        String name = disposition.parameter("name");
        this.description = name != null ? "body part \"" + name + "\"" : "body part " + number;
        this.stream = new PartContentStream(scanner, description);
        this.maxBufferSize = maxBufferSize;
        this.defaultCharset = defaultCharset;
        this.handlers = handlers;
    }

    // Called by the form when it moves past this part.
    void leave(boolean contentWasSkipped) {
        stream.leave(contentWasSkipped);
    }

    // ---- Naming ------------------------------------------------------------------------------

    /**
     * The form field's name: Content-Disposition's {@code name} parameter, or {@code null}.
     *
     * <p>NOTE: RFC 7578 §4.2 requires a name, but as in Falcon a part without one is not an
     * error; parts of a nested multipart/mixed, for example, carry only a filename.
     */
    public String name() {
        return disposition.parameter("name");
    }

    /**
     * The uploaded file's name as the client sent it, or {@code null} when the part is not a
     * file. An RFC 5987 {@code filename*} ({@code UTF-8''%E2%AC%85.txt}) wins over
     * {@code filename}. Never use it as a path: see {@link #secureFilename()}.
     *
     * @throws MultipartParseError when {@code filename*} names an unknown charset or its bytes
     *     are not valid in it
     */
    public String filename() {
        if (!filenameDecoded) {
            // NOTE: RFC 7578 §4.2 forbids filename*, but clients send it, so Falcon reads it.
            String extended = disposition.parameter("filename*");
            String decoded = extended == null ? null
                    : ExtendedParameterValue.decode(extended, "the filename* of " + description);
            filename = decoded != null ? decoded : disposition.parameter("filename");
            filenameDecoded = true;
        }
        return filename;
    }

    /**
     * The file name made safe to use in a path, as Falcon's {@code secure_filename}: NFKD
     * normalized, every character but ASCII letters, digits, {@code .}, {@code -} and {@code _}
     * replaced with {@code _}, and a leading {@code .} replaced with {@code _}, so
     * {@code ../../etc/pässwd .txt} becomes {@code _._.._etc_pa_sswd_.txt}.
     *
     * @throws MultipartParseError when the part has no file name or an empty one
     */
    public String secureFilename() {
        String name = filename();
        if (name == null || name.isEmpty()) {
            throw new MultipartParseError(description + " has " + (name == null ? "no" : "an empty")
                    + " filename, so there is no secure filename to make from it");
        }
        return SecureFilename.of(name);
    }

    // ---- Headers -----------------------------------------------------------------------------

    /**
     * The Content-Type, or {@code text/plain} when the part has none (RFC 7578 §4.4).
     */
    public String contentType() {
        String type = headers.contentType();
        return type != null ? type : "text/plain";
    }

    /**
     * A header by case-insensitive name, or {@code null}. Only Content-Disposition,
     * Content-Type and Content-Transfer-Encoding are kept: RFC 7578 §4.8 says other header
     * fields must be ignored.
     */
    public String header(String name) {
        return headers.get(name);
    }

    // ---- Content -----------------------------------------------------------------------------

    /**
     * The part's content, read from the request body as it is consumed, without buffering it.
     * Every call returns the same stream. Reading it after the form has moved past the part
     * fails with {@link IllegalStateException} unless it was read to its end.
     *
     * @throws MultipartParseError from its reads when the body ends before the part does
     */
    public InputStream stream() {
        return stream;
    }

    /**
     * The rest of the part's content, buffered: everything when the stream was not read yet.
     * The first call reads the content; later calls return the same array.
     *
     * @throws MultipartParseError when the content is larger than
     *     {@link MultipartOptions#maxBodyPartBufferSize()}: read it with {@link #stream()}
     */
    public byte[] data() throws IOException {
        if (data == null) {
            int atMost = (int) Math.min((long) maxBufferSize + 1, Integer.MAX_VALUE);
            byte[] content = stream.readNBytes(atMost);
            if (content.length > maxBufferSize) {
                throw new MultipartParseError(description + " is larger than " + maxBufferSize
                        + " bytes (maxBodyPartBufferSize), the most that is buffered");
            }
            data = content;
        }
        return data;
    }

    /**
     * The content decoded with the charset the part's Content-Type names, or the
     * {@linkplain MultipartOptions#defaultCharset() default charset}; {@code null} when the
     * part's type is not {@code text/plain}, as in Falcon. Reads as {@link #data()} does.
     *
     * @throws MultipartParseError when the charset is unknown or the content is not valid in it
     */
    public String text() throws IOException {
        HeaderParameters type = HeaderParameters.parse(contentType());
        if (!type.value().equalsIgnoreCase("text/plain")) {
            return null;
        }
        String charset = type.parameter("charset");
        byte[] content = data();
        return StrictTextDecoder.decode(content, content.length, charset != null ? charset : defaultCharset,
                description);
    }

    /**
     * The content decoded by the handler for the part's Content-Type among
     * {@link MultipartOptions#mediaHandlers()} (JSON and URL-encoded forms by default); buffered
     * as {@link #data()} is.
     *
     * @throws dev.peregrine.errors.HttpUnsupportedMediaType when no handler takes the part's type
     */
    public Object media() throws IOException {
        String type = contentType();
        MediaHandler handler = handlers.resolve(type);
        if (handler == null) {
            throw HttpUnsupportedMediaType.forMediaType(type);
        }
        byte[] content = data();
        return handler.deserialize(new ByteArrayInputStream(content), type, content.length, Object.class);
    }

    @Override
    public String toString() {
        return "BodyPart[" + description + ", " + contentType() + "]";
    }
}
