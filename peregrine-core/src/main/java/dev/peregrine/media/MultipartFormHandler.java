package dev.peregrine.media;

import dev.peregrine.errors.MultipartParseError;
import dev.peregrine.internal.http.MediaType;
import java.io.InputStream;

/**
 * {@code multipart/form-data} bodies, read as a lazy stream of {@link BodyPart}s with the limits
 * of its {@link MultipartOptions}, so a large upload never sits whole in memory. Reading gives a
 * {@link MultipartForm}; writing is not supported.
 */
public final class MultipartFormHandler implements MediaHandler {

    private final MultipartOptions options;

    /** A handler with these limits. */
    public MultipartFormHandler(MultipartOptions options) {
        this.options = options;
    }

    /** The limits this handler enforces. */
    public MultipartOptions options() {
        return options;
    }

    @Override
    public Object deserialize(InputStream body, String contentType, long contentLength, Class<?> type) {
        String boundary = MediaType.parse(contentType).parameter("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new MultipartParseError("No boundary specifier found in " + contentType);
        }
        return MultipartForm.parse(body, boundary, options);
    }

    @Override
    public byte[] serialize(Object media, String contentType) {
        throw new UnsupportedOperationException("Peregrine reads multipart/form-data but does not write it");
    }
}
