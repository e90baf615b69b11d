package dev.peregrine.media;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns request bodies of one media type into objects and objects into response bodies.
 *
 * <p>Handlers are registered per media type in {@link MediaHandlers}; they are shared by every
 * request, so they must be thread-safe. Bad input is reported as an {@code HttpError} (for
 * example {@code MediaMalformedError}), never as a bare exception.
 */
public interface MediaHandler {

    /**
     * Reads a request body.
     *
     * @param body the body, bounded to its length
     * @param contentType the request's full Content-Type, parameters included
     * @param contentLength the body's length, or -1 when unknown (chunked)
     * @param type the class wanted, or {@code Object.class} for the handler's natural form
     *     (maps and lists for JSON)
     * @return the decoded media
     */
    Object deserialize(InputStream body, String contentType, long contentLength, Class<?> type) throws IOException;

    /**
     * Writes a response body.
     *
     * @param media the value a responder set with {@code resp.media(...)}
     * @param contentType the response's Content-Type, parameters included
     * @return the encoded bytes
     * @throws UnsupportedOperationException when this handler only reads
     */
    byte[] serialize(Object media, String contentType) throws IOException;
}
