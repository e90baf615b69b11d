package dev.peregrine;

import java.util.Objects;

/**
 * How requests are parsed, with Falcon's defaults except where noted. Change options before the
 * app serves its first request: the app then parses requests with a snapshot of them, and every
 * setter fails with an {@link IllegalStateException}.
 * {@snippet :
 * app.requestOptions().keepBlankQsValues(false).autoParseQsCsv(true);
 * }
 */
public final class RequestOptions {

    private boolean keepBlankQsValues = true;
    private boolean autoParseQsCsv;
    private boolean stripUrlPathTrailingSlash = true;
    private String defaultMediaType = "application/json";
    private TrustedProxies trustedProxies;
    private boolean frozen; // guarded by this

    /** Falcon's defaults; each app has its own, reached through {@code App.requestOptions()}. */
    RequestOptions() {
    }

    /** Whether {@code ?a=} and a bare {@code ?a} keep {@code a} with an empty value (default true). */
    public boolean keepBlankQsValues() {
        return keepBlankQsValues;
    }

    /** Sets {@link #keepBlankQsValues()}. */
    public synchronized RequestOptions keepBlankQsValues(boolean keep) {
        checkNotFrozen("keepBlankQsValues");
        this.keepBlankQsValues = keep;
        return this;
    }

    /** Whether unencoded commas split query values into lists: {@code ?b=x,y} gives two values (default false). */
    public boolean autoParseQsCsv() {
        return autoParseQsCsv;
    }

    /** Sets {@link #autoParseQsCsv()}. */
    public synchronized RequestOptions autoParseQsCsv(boolean split) {
        checkNotFrozen("autoParseQsCsv");
        this.autoParseQsCsv = split;
        return this;
    }

    /**
     * Whether a trailing slash is ignored when routing, so {@code /things/} finds {@code /things}.
     * Default true, unlike Falcon: a trailing slash is the most common routing surprise.
     * {@code /} always stays {@code /}.
     */
    public boolean stripUrlPathTrailingSlash() {
        return stripUrlPathTrailingSlash;
    }

    /** Sets {@link #stripUrlPathTrailingSlash()}; false makes {@code /a} and {@code /a/} different routes. */
    public synchronized RequestOptions stripUrlPathTrailingSlash(boolean strip) {
        checkNotFrozen("stripUrlPathTrailingSlash");
        this.stripUrlPathTrailingSlash = strip;
        return this;
    }

    /** The media type assumed for a body without Content-Type (default {@code application/json}). */
    public String defaultMediaType() {
        return defaultMediaType;
    }

    /** Sets {@link #defaultMediaType()}. */
    public synchronized RequestOptions defaultMediaType(String mediaType) {
        checkNotFrozen("defaultMediaType");
        this.defaultMediaType = mediaType;
        return this;
    }

    /**
     * The proxies whose forwarding headers the request believes, or {@code null} (the default):
     * then {@link Request#forwardedScheme()}, {@link Request#forwardedHost()} and
     * {@link Request#accessRoute()} believe them from any peer, as Falcon does, and
     * {@link Request#clientAddress()} is the peer's address.
     */
    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    /**
     * Believes forwarding headers only from {@code proxies}: from any other peer they are
     * ignored, and the request's scheme, host and address are the peer's own. Behind a proxy,
     * list it (for example {@code TrustedProxies.of("10.0.0.0/8")}); {@link TrustedProxies#none()}
     * ignores forwarding headers altogether.
     */
    public synchronized RequestOptions trustedProxies(TrustedProxies proxies) {
        checkNotFrozen("trustedProxies");
        this.trustedProxies = Objects.requireNonNull(proxies, "proxies");
        return this;
    }

    /**
     * Refuses changes from now on and returns a snapshot that refuses them too, for the request
     * path to read. The app calls this when it freezes.
     */
    synchronized RequestOptions freeze() {
        // NOTE: the setters synchronize on this too, so a change either lands before the
        // snapshot or fails; it cannot slip in unseen.
        frozen = true;
        RequestOptions snapshot = new RequestOptions();
        snapshot.keepBlankQsValues = keepBlankQsValues;
        snapshot.autoParseQsCsv = autoParseQsCsv;
        snapshot.stripUrlPathTrailingSlash = stripUrlPathTrailingSlash;
        snapshot.defaultMediaType = defaultMediaType;
        snapshot.trustedProxies = trustedProxies;
        snapshot.frozen = true;
        return snapshot;
    }

    private void checkNotFrozen(String option) {
        if (frozen) {
            throw new IllegalStateException("Cannot change requestOptions()." + option + " after the app has served its"
                    + " first request; configure request options before the app serves its first request");
        }
    }
}
