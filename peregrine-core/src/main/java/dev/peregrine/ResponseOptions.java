package dev.peregrine;

/**
 * How responses are rendered, with Falcon's defaults. Change options before the app serves its
 * first request.
 */
public final class ResponseOptions {

    private boolean secureCookiesByDefault = true;
    private boolean xmlErrorSerialization = true;
    private String defaultMediaType = "application/json";

    /** Whether cookies get the Secure attribute unless a cookie says otherwise (default true). */
    public boolean secureCookiesByDefault() {
        return secureCookiesByDefault;
    }

    /** Sets {@link #secureCookiesByDefault()}; turn it off only for local development over plain HTTP. */
    public ResponseOptions secureCookiesByDefault(boolean secure) {
        this.secureCookiesByDefault = secure;
        return this;
    }

    /** Whether errors are rendered as XML for clients that prefer XML (default true). */
    public boolean xmlErrorSerialization() {
        return xmlErrorSerialization;
    }

    /** Sets {@link #xmlErrorSerialization()}. */
    public ResponseOptions xmlErrorSerialization(boolean enabled) {
        this.xmlErrorSerialization = enabled;
        return this;
    }

    /** The Content-Type of {@code resp.media(...)} bodies when the responder sets none (default {@code application/json}). */
    public String defaultMediaType() {
        return defaultMediaType;
    }

    /** Sets {@link #defaultMediaType()}; a media handler must be registered for it. */
    public ResponseOptions defaultMediaType(String mediaType) {
        this.defaultMediaType = mediaType;
        return this;
    }
}
