package dev.peregrine.internal.request;

import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpInvalidHeader;
import dev.peregrine.errors.HttpInvalidParam;
import dev.peregrine.errors.HttpUnsupportedMediaType;
import dev.peregrine.internal.JsonMedia;
import dev.peregrine.media.MediaHandler;
import dev.peregrine.media.MediaHandlers;
import dev.peregrine.spi.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request's body: the raw stream, and its media decoded once by the handler for its
 * Content-Type, with the result (or the error) cached as Falcon does.
 */
public final class RequestBody {

    private final HttpExchange exchange;
    private final MediaHandlers handlers;
    private final String defaultMediaType;

    private InputStream stream;
    private boolean decoded;
    private Class<?> decodedAs;
    private Object media;
    private RuntimeException mediaError;

    /** The body of {@code exchange}, decoded with {@code handlers}. */
    public RequestBody(HttpExchange exchange, MediaHandlers handlers, String defaultMediaType) {
        this.exchange = exchange;
        this.handlers = handlers;
        this.defaultMediaType = defaultMediaType;
    }

    /** The raw body stream. */
    public InputStream stream() {
        if (stream == null) {
            stream = exchange.body();
        }
        return stream;
    }

    /**
     * The decoded body.
     *
     * @throws IllegalStateException when the body was already decoded as another class
     */
    public Object media(Class<?> type) {
        if (decoded) {
            if (decodedAs != type) {
                throw new IllegalStateException("The request body was already decoded as " + decodedAs.getName()
                        + "; decode it once, as " + type.getName() + " or " + decodedAs.getName());
            }
            if (mediaError != null) {
                throw mediaError;
            }
            return media;
        }
        decoded = true;
        decodedAs = type;
        try {
            media = decode(type);
            return media;
        } catch (RuntimeException e) {
            mediaError = e;
            throw e;
        }
    }

    private Object decode(Class<?> type) {
        String contentType = exchange.header("Content-Type");
        if (contentType == null || contentType.isBlank() || contentType.startsWith("*/*")) {
            contentType = defaultMediaType;
        }
        MediaHandler handler;
        try {
            handler = handlers.resolve(contentType);
        } catch (IllegalArgumentException malformed) {
            throw new HttpInvalidHeader(malformed.getMessage(), "Content-Type");
        }
        if (handler == null) {
            throw HttpUnsupportedMediaType.forMediaType(contentType);
        }
        try {
            return handler.deserialize(stream(), contentType, declaredLength(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the request body failed", e);
        }
    }

    private long declaredLength() {
        String value = exchange.header("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Decodes a query parameter holding JSON with the app's JSON handler, whichever it is; 400
     * "Invalid parameter" when it is not JSON.
     */
    public Object parseJsonParam(String name, String text) {
        try {
            return JsonMedia.parse(JsonMedia.handler(handlers), text);
        } catch (IOException | HttpError e) {
            throw new HttpInvalidParam("It could not be parsed as JSON.", name);
        }
    }
}
