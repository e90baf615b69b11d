package dev.peregrine;

/**
 * How requests are parsed, with Falcon's defaults except where noted. Change options before the
 * app serves its first request.
 */
public final class RequestOptions {

    private boolean keepBlankQsValues = true;
    private boolean autoParseQsCsv;
    private boolean stripUrlPathTrailingSlash = true;
    private String defaultMediaType = "application/json";

    /** Whether {@code ?a=} and a bare {@code ?a} keep {@code a} with an empty value (default true). */
    public boolean keepBlankQsValues() {
        return keepBlankQsValues;
    }

    /** Sets {@link #keepBlankQsValues()}. */
    public RequestOptions keepBlankQsValues(boolean keep) {
        this.keepBlankQsValues = keep;
        return this;
    }

    /** Whether unencoded commas split query values into lists: {@code ?b=x,y} gives two values (default false). */
    public boolean autoParseQsCsv() {
        return autoParseQsCsv;
    }

    /** Sets {@link #autoParseQsCsv()}. */
    public RequestOptions autoParseQsCsv(boolean split) {
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
    public RequestOptions stripUrlPathTrailingSlash(boolean strip) {
        this.stripUrlPathTrailingSlash = strip;
        return this;
    }

    /** The media type assumed for a body without Content-Type (default {@code application/json}). */
    public String defaultMediaType() {
        return defaultMediaType;
    }

    /** Sets {@link #defaultMediaType()}. */
    public RequestOptions defaultMediaType(String mediaType) {
        this.defaultMediaType = mediaType;
        return this;
    }
}
