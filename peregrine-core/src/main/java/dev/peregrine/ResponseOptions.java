package dev.peregrine;

import dev.peregrine.compression.ResponseCompression;

/**
 * How responses are rendered, with Falcon's defaults. Change options before the app serves its
 * first request: the app then renders responses with a snapshot of them, and every setter fails
 * with an {@link IllegalStateException}.
 */
public final class ResponseOptions {

    private boolean secureCookiesByDefault = true;
    private boolean xmlErrorSerialization = true;
    private String defaultMediaType = "application/json";
    private ResponseCompression compression;
    private boolean frozen; // guarded by this

    /** Falcon's defaults; each app has its own, reached through {@code App.responseOptions()}. */
    ResponseOptions() {
    }

    /** Whether cookies get the Secure attribute unless a cookie says otherwise (default true). */
    public boolean secureCookiesByDefault() {
        return secureCookiesByDefault;
    }

    /** Sets {@link #secureCookiesByDefault()}; turn it off only for local development over plain HTTP. */
    public synchronized ResponseOptions secureCookiesByDefault(boolean secure) {
        checkNotFrozen("secureCookiesByDefault");
        this.secureCookiesByDefault = secure;
        return this;
    }

    /** Whether errors are rendered as XML for clients that prefer XML (default true). */
    public boolean xmlErrorSerialization() {
        return xmlErrorSerialization;
    }

    /** Sets {@link #xmlErrorSerialization()}. */
    public synchronized ResponseOptions xmlErrorSerialization(boolean enabled) {
        checkNotFrozen("xmlErrorSerialization");
        this.xmlErrorSerialization = enabled;
        return this;
    }

    /** The Content-Type of {@code resp.media(...)} bodies when the responder sets none (default {@code application/json}). */
    public String defaultMediaType() {
        return defaultMediaType;
    }

    /** Sets {@link #defaultMediaType()}; a media handler must be registered for it. */
    public synchronized ResponseOptions defaultMediaType(String mediaType) {
        checkNotFrozen("defaultMediaType");
        this.defaultMediaType = mediaType;
        return this;
    }

    /** How response bodies are compressed, or {@code null} when they are not (the default). */
    public ResponseCompression compression() {
        return compression;
    }

    /**
     * Compresses response bodies as {@code compression} says (see {@link ResponseCompression} for
     * what is compressed and what is not); {@code null} switches it off.
     * {@snippet :
     * app.responseOptions().compression(ResponseCompression.gzip());
     * }
     */
    public synchronized ResponseOptions compression(ResponseCompression compression) {
        checkNotFrozen("compression");
        this.compression = compression;
        return this;
    }

    /**
     * Refuses changes from now on and returns a snapshot that refuses them too, for the request
     * path to read. The app calls this when it freezes.
     */
    synchronized ResponseOptions freeze() {
        // NOTE: the setters synchronize on this too, so a change either lands before the
        // snapshot or fails; it cannot slip in unseen.
        frozen = true;
        ResponseOptions snapshot = new ResponseOptions();
        snapshot.secureCookiesByDefault = secureCookiesByDefault;
        snapshot.xmlErrorSerialization = xmlErrorSerialization;
        snapshot.defaultMediaType = defaultMediaType;
        snapshot.compression = compression;
        snapshot.frozen = true;
        return snapshot;
    }

    private void checkNotFrozen(String option) {
        if (frozen) {
            throw new IllegalStateException("Cannot change responseOptions()." + option + " after the app has served its"
                    + " first request; configure response options before the app serves its first request");
        }
    }
}
