package dev.peregrine.staticfiles;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a static route serves its directory: Falcon's {@code downloadable} and
 * {@code fallback_filename}, extra content types, and the open-file cache that keeps hot files
 * open between requests (like nginx's {@code open_file_cache}).
 *
 * <p>The options are read once, when the route is added with
 * {@link dev.peregrine.App#addStaticRoute(String, java.nio.file.Path, StaticRouteOptions)};
 * changing them later does not affect the route.
 * {@snippet :
 * app.addStaticRoute("/app", Path.of("/srv/app"), new StaticRouteOptions()
 *         .fallbackFilename("index.html")          // a single-page app's client-side routes
 *         .cacheTtl(Duration.ofSeconds(5))
 *         .mediaType("webmanifest", "application/manifest+json"));
 * }
 */
public final class StaticRouteOptions {

    private boolean downloadable;
    private String fallbackFilename;
    private Duration cacheTtl = Duration.ofSeconds(1);
    private int cacheMaxEntries = 256;
    private final Map<String, String> mediaTypes = new LinkedHashMap<>();

    /** Options with the defaults: served inline, no fallback, files cached open for 1 s, at most 256 of them. */
    public StaticRouteOptions() {
    }

    /** Whether files are sent with {@code Content-Disposition: attachment} and their name (default false). */
    public boolean downloadable() {
        return downloadable;
    }

    /** Sets {@link #downloadable()}. */
    public StaticRouteOptions downloadable(boolean downloadable) {
        this.downloadable = downloadable;
        return this;
    }

    /** The file served when the requested one does not exist, relative to the directory; {@code null} for none (404). */
    public String fallbackFilename() {
        return fallbackFilename;
    }

    /**
     * Sets {@link #fallbackFilename()}. With a fallback the bare prefix ({@code /app} for prefix
     * {@code /app}) is served too. Its Content-Type and download name come from the fallback's
     * name. It must be a file inside the directory when the route is added.
     */
    public StaticRouteOptions fallbackFilename(String filename) {
        this.fallbackFilename = filename;
        return this;
    }

    /**
     * How long a cached open file is trusted before its size, modification time and identity are
     * checked again (default 1 s). A file changed on disk is served as it was until then.
     */
    public Duration cacheTtl() {
        return cacheTtl;
    }

    /** Sets {@link #cacheTtl()}; {@link Duration#ZERO} checks the file on every request but still keeps it open. */
    public StaticRouteOptions cacheTtl(Duration ttl) {
        if (ttl == null || ttl.isNegative()) {
            throw new IllegalArgumentException("A static route's cacheTtl must be zero or more, not " + ttl
                    + "; use Duration.ZERO to check files on every request");
        }
        this.cacheTtl = ttl;
        return this;
    }

    /**
     * The most files the route keeps open (default 256); past it the least recently used is
     * closed. Each one holds a file descriptor.
     */
    public int cacheMaxEntries() {
        return cacheMaxEntries;
    }

    /** Sets {@link #cacheMaxEntries()}; 0 turns the cache off, so every request opens and closes its file. */
    public StaticRouteOptions cacheMaxEntries(int entries) {
        if (entries < 0) {
            throw new IllegalArgumentException("A static route's cacheMaxEntries must be 0 (no cache) or more, not " + entries);
        }
        this.cacheMaxEntries = entries;
        return this;
    }

    /**
     * Serves files with extension {@code extension} ({@code "webp"} or {@code ".webp"}, any case)
     * as {@code contentType}, in place of the built-in table.
     */
    public StaticRouteOptions mediaType(String extension, String contentType) {
        if (extension == null || contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("mediaType needs an extension and a content type, such as"
                    + " mediaType(\"webp\", \"image/webp\")");
        }
        String bare = extension.startsWith(".") ? extension.substring(1) : extension;
        if (bare.isEmpty() || bare.indexOf('.') >= 0 || bare.indexOf('/') >= 0) {
            throw new IllegalArgumentException("'" + extension + "' is not a file extension; pass the part after"
                    + " the last dot, such as \"webp\"");
        }
        mediaTypes.put(bare.toLowerCase(Locale.ROOT), contentType);
        return this;
    }

    /** The content types set with {@link #mediaType(String, String)}, by lower-case extension without the dot. */
    public Map<String, String> mediaTypes() {
        return Collections.unmodifiableMap(mediaTypes);
    }
}
