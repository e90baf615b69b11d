package dev.peregrine.media;

import dev.peregrine.internal.http.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The media handlers of an app, by media type. The defaults are JSON ({@code application/json}),
 * URL-encoded forms and multipart forms.
 *
 * <p>A Content-Type resolves by its essence ({@code type/subtype}), so
 * {@code application/json; charset=utf-8} finds the JSON handler; as in Falcon, structured
 * suffixes are not matched ({@code application/vnd.api+json} needs its own registration).
 */
public final class MediaHandlers {

    /** How many distinct Content-Type values are remembered; clients send few, attackers many. */
    private static final int RESOLVED_CAPACITY = 64;

    private final Map<String, MediaHandler> byType = new LinkedHashMap<>();
    private final Map<String, MediaHandler> resolved = new ConcurrentHashMap<>();

    /** Handlers for JSON, URL-encoded forms and multipart forms. */
    public static MediaHandlers defaults() {
        MediaHandlers handlers = new MediaHandlers();
        handlers.register("application/json", new JsonHandler());
        handlers.register("application/x-www-form-urlencoded", new UrlEncodedFormHandler());
        handlers.register("multipart/form-data", new MultipartFormHandler(new MultipartOptions()));
        return handlers;
    }

    /** Registers (or replaces) the handler for a media type such as {@code application/msgpack}. */
    public MediaHandlers register(String mediaType, MediaHandler handler) {
        byType.put(MediaType.parse(mediaType).essence(), handler);
        resolved.clear();
        return this;
    }

    /** Removes the handler for a media type. */
    public MediaHandlers remove(String mediaType) {
        byType.remove(MediaType.parse(mediaType).essence());
        resolved.clear();
        return this;
    }

    /** The handler registered for exactly this media type (parameters ignored), or {@code null}. */
    public MediaHandler get(String mediaType) {
        return byType.get(MediaType.parse(mediaType).essence());
    }

    /**
     * The handler for a Content-Type value, or {@code null} when none is registered.
     *
     * @param contentType a Content-Type header value, parameters allowed
     */
    public MediaHandler resolve(String contentType) {
        MediaHandler handler = resolved.get(contentType);
        if (handler == null) {
            // PERF: parsing the media type happens once per distinct Content-Type value.
            handler = byType.get(MediaType.parse(contentType).essence());
            if (handler == null) {
                return null;
            }
            if (resolved.size() >= RESOLVED_CAPACITY) {
                resolved.clear();
            }
            resolved.put(contentType, handler);
        }
        return handler;
    }

    /** The registered media types, in registration order. */
    public Iterable<String> mediaTypes() {
        return byType.keySet();
    }
}
