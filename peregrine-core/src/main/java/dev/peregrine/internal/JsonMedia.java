package dev.peregrine.internal;

import dev.peregrine.media.JsonHandler;
import dev.peregrine.media.MediaHandler;
import dev.peregrine.media.MediaHandlers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON read and written outside request and response bodies (query parameters holding JSON, the
 * test client's JSON), always through the app's {@code application/json} media handler, so that
 * replacing that handler replaces the JSON library everywhere. An app without one gets
 * Peregrine's default handler, created once, as Falcon falls back to its default JSON handler.
 */
public final class JsonMedia {

    /** The media type whose handler reads and writes JSON. */
    public static final String MEDIA_TYPE = "application/json";

    private JsonMedia() {
    }

    /** The app's JSON handler, or the shared default when the app has none. */
    public static MediaHandler handler(MediaHandlers handlers) {
        MediaHandler handler = handlers.get(MEDIA_TYPE);
        return handler != null ? handler : DefaultHandler.INSTANCE;
    }

    /**
     * Decodes JSON text into the handler's natural form (maps and lists for Peregrine's own).
     *
     * @throws IOException or an {@code HttpError} when the text is not JSON
     */
    public static Object parse(MediaHandler handler, String text) throws IOException {
        if (handler instanceof JsonHandler json) {
            // PERF: Peregrine's handler reads the text as it is, without encoding it to bytes first.
            return json.parse(text);
        }
        return read(handler, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a JSON document into the handler's natural form.
     *
     * @throws IOException or an {@code HttpError} when the bytes are not JSON
     */
    public static Object read(MediaHandler handler, byte[] json) throws IOException {
        return handler.deserialize(new ByteArrayInputStream(json), MEDIA_TYPE, json.length, Object.class);
    }

    /** Encodes a value as a JSON document. */
    public static byte[] write(MediaHandler handler, Object value) throws IOException {
        return handler.serialize(value, MEDIA_TYPE);
    }

    /** Holds the default handler, so that its mapper is built on first use and only once. */
    private static final class DefaultHandler {
        static final JsonHandler INSTANCE = new JsonHandler();
    }
}
