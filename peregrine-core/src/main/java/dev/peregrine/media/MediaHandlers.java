package dev.peregrine.media;

import dev.peregrine.internal.http.MediaType;
import java.util.Collections;
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
 *
 * <p>Register handlers before the app serves its first request: the app then {@linkplain #freeze()
 * freezes} its handlers and works with a snapshot of them.
 */
public final class MediaHandlers {

    /** How many distinct Content-Type values are remembered; clients send few, attackers many. */
    private static final int RESOLVED_CAPACITY = 64;

    private final Map<String, MediaHandler> byType;
    private final Map<String, MediaHandler> resolved = new ConcurrentHashMap<>();
    private boolean frozen; // guarded by this

    /** No handlers; see {@link #defaults()}. */
    public MediaHandlers() {
        this(new LinkedHashMap<>(), false);
    }

    private MediaHandlers(Map<String, MediaHandler> byType, boolean frozen) {
        this.byType = byType;
        this.frozen = frozen;
    }

    /** Handlers for JSON, URL-encoded forms and multipart forms. */
    public static MediaHandlers defaults() {
        MediaHandlers handlers = new MediaHandlers();
        handlers.register("application/json", new JsonHandler());
        handlers.register("application/x-www-form-urlencoded", new UrlEncodedFormHandler());
        handlers.register("multipart/form-data", new MultipartFormHandler(new MultipartOptions()));
        return handlers;
    }

    /**
     * Registers (or replaces) the handler for a media type such as {@code application/msgpack}.
     *
     * @throws IllegalStateException once these handlers are {@linkplain #freeze() frozen}
     */
    public synchronized MediaHandlers register(String mediaType, MediaHandler handler) {
        if (frozen) {
            throw new IllegalStateException("Cannot register a media handler for '" + mediaType + "' after the app has"
                    + " served its first request; register media handlers before the app serves its first request");
        }
        byType.put(MediaType.parse(mediaType).essence(), handler);
        resolved.clear();
        return this;
    }

    /**
     * Removes the handler for a media type.
     *
     * @throws IllegalStateException once these handlers are {@linkplain #freeze() frozen}
     */
    public synchronized MediaHandlers remove(String mediaType) {
        if (frozen) {
            throw new IllegalStateException("Cannot remove the media handler for '" + mediaType + "' after the app has"
                    + " served its first request; remove media handlers before the app serves its first request");
        }
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
        return Collections.unmodifiableSet(byType.keySet());
    }

    /**
     * Refuses changes from now on ({@link #register} and {@link #remove} then fail) and returns a
     * snapshot of the handlers that refuses them too. An app calls this when it serves its first
     * request and reads only the snapshot afterwards; calling it again returns a new snapshot.
     */
    public synchronized MediaHandlers freeze() {
        // NOTE: register and remove synchronize on this too, so a change either lands before the
        // snapshot or fails; it cannot slip in unseen.
        frozen = true;
        return new MediaHandlers(new LinkedHashMap<>(byType), true);
    }
}
