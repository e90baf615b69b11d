package dev.peregrine.internal.staticfiles;

import dev.peregrine.ByteRange;
import dev.peregrine.ETag;
import dev.peregrine.FileRegionBody;
import dev.peregrine.Request;
import dev.peregrine.Responder;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpInvalidHeader;
import dev.peregrine.errors.HttpMethodNotAllowed;
import dev.peregrine.errors.HttpNotFound;
import dev.peregrine.internal.HttpMethods;
import dev.peregrine.staticfiles.StaticRouteOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Serves the files under a directory at a path prefix: Falcon's static route, answering GET and
 * HEAD only. The app tries static routes after routes and sinks, newest first; middleware sees
 * this object as the resource.
 *
 * <p>A request's path after the prefix must pass {@link RequestedPath}'s checks and name a
 * regular file inside the directory once symbolic links are resolved, else 404 (or the fallback
 * file, when there is one). The answer carries {@code ETag: "<mtime hex>-<size hex>"},
 * {@code Last-Modified}, {@code Accept-Ranges: bytes} and a Content-Type by extension; it is 304
 * for a matching {@code If-None-Match} or, without one, an {@code If-Modified-Since} not older
 * than the file; 206 or 416 for a {@code Range} ({@link ByteRangeSelection}). The body is a
 * {@link FileRegionBody} of a file kept open by the route's {@link OpenFileCache}.
 */
public final class StaticRoute {

    /** The methods a static route answers, as its {@code Allow} header lists them. */
    public static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "OPTIONS");

    private static final String ALLOW = String.join(", ", ALLOWED_METHODS);

    private final String prefix;
    private final Path directory;
    private final String fallbackKey;
    private final boolean downloadable;
    private final OpenFileCache files;

    /**
     * A static route serving {@code directory} at {@code prefix}.
     *
     * @param prefix the path prefix, starting with {@code /}; a trailing {@code /} is implied
     * @param directory an absolute path to an existing directory
     * @throws IllegalArgumentException naming the problem and the fix when the prefix, the
     *     directory or the fallback file is not usable
     */
    public StaticRoute(String prefix, Path directory, StaticRouteOptions options) {
        if (prefix == null || !prefix.startsWith("/")) {
            throw new IllegalArgumentException("Static route prefix '" + prefix + "' must start with '/', such as '/static'");
        }
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        if (directory == null || !directory.isAbsolute()) {
            throw new IllegalArgumentException("Static route '" + this.prefix + "': directory '" + directory
                    + "' must be an absolute path; pass Path.of(...).toAbsolutePath()");
        }
        if (options == null) {
            throw new IllegalArgumentException("Static route '" + this.prefix + "' needs options; pass new StaticRouteOptions()");
        }
        this.directory = directory.normalize();
        Path realRoot = realDirectory(this.prefix, this.directory);
        this.fallbackKey = fallbackKey(options.fallbackFilename(), realRoot);
        this.downloadable = options.downloadable();
        this.files = new OpenFileCache(realRoot, options.cacheTtl(), options.cacheMaxEntries(),
                new FileContentTypes(options.mediaTypes()), FileOpener.READ_ONLY, System::nanoTime);
    }

    /** Whether {@code path} (percent-decoded) is this route's: under the prefix, or the bare prefix when there is a fallback. */
    public boolean matches(String path) {
        return path.startsWith(prefix)
                || fallbackKey != null && path.length() == prefix.length() - 1 && prefix.startsWith(path);
    }

    /** The responders by method index: GET and HEAD serve, OPTIONS lists them, anything else is 405. */
    public Responder[] responders() {
        Responder[] responders = new Responder[HttpMethods.COUNT];
        Responder notAllowed = (req, resp) -> {
            throw new HttpMethodNotAllowed(ALLOWED_METHODS);
        };
        Arrays.fill(responders, notAllowed);
        responders[HttpMethods.GET] = this::serve;
        responders[HttpMethods.HEAD] = this::serve;
        responders[HttpMethods.OPTIONS] = (req, resp) -> resp.setHeader("Allow", ALLOW);
        return responders;
    }

    /** The prefix, ending with {@code /}. */
    public String prefix() {
        return prefix;
    }

    /** The directory served. */
    public Path directory() {
        return directory;
    }

    /** The fallback file, or {@code null} when there is none. */
    public Path fallbackFile() {
        return fallbackKey == null ? null : directory.resolve(fallbackKey);
    }

    private void serve(Request req, Response resp) {
        String relative = RequestedPath.normalize(req.path(), prefix.length());
        if (relative == null) {
            throw new HttpNotFound();
        }
        OpenFile file = relative.isEmpty() ? null : files.acquire(relative);
        if (file == null && fallbackKey != null) {
            file = files.acquire(fallbackKey);
        }
        if (file == null) {
            throw new HttpNotFound();
        }
        boolean handedOver = false;
        try {
            handedOver = answer(req, resp, file);
        } finally {
            if (!handedOver) {
                file.release();
            }
        }
    }

    /** Fills in the response for {@code file}; true when the file became the body, which now releases it. */
    private boolean answer(Request req, Response resp, OpenFile file) {
        // PERF: the validators were formatted when the file was opened, not per request.
        resp.setHeader("ETag", file.etag());
        resp.setHeader("Last-Modified", file.lastModified());
        if (notModified(req, file)) {
            resp.status(304);
            return false;
        }
        resp.acceptRanges("bytes");
        ByteRange range = ByteRangeSelection.select(req, file);
        resp.contentType(file.contentType());
        if (downloadable) {
            resp.downloadableAs(file.fileName());
        }
        long first = 0;
        long count = file.size();
        if (range != null) {
            first = range.first();
            count = range.last() - first + 1;
            resp.status(206);
            resp.contentRange(first, range.last(), file.size());
        }
        resp.file(new FileRegionBody(file.channel(), first, count, file.releaser()));
        return true;
    }

    /**
     * RFC 9110 §13.2.2's order: If-None-Match when present (any tag, weakly compared, or
     * {@code *}), else If-Modified-Since not older than the file.
     */
    private static boolean notModified(Request req, OpenFile file) {
        List<ETag> tags = req.ifNoneMatch();
        if (tags != null) {
            for (ETag tag : tags) {
                if (tag == ETag.ANY || file.hasOpaqueTag(tag.opaqueTag())) {
                    return true;
                }
            }
            return false;
        }
        Instant since;
        try {
            since = req.ifModifiedSince();
        } catch (HttpInvalidHeader notADate) {
            // NOTE: RFC 9110 §13.1.3: a recipient must ignore an If-Modified-Since that is not a valid date.
            return false;
        }
        return since != null && file.modifiedSecond() <= since.getEpochSecond();
    }

    private static Path realDirectory(String prefix, Path directory) {
        try {
            Path real = directory.toRealPath();
            if (Files.isDirectory(real)) {
                return real;
            }
        } catch (IOException | SecurityException e) {
            // NOTE: reported below with the fix; the cause (usually "no such file") adds nothing.
        }
        throw new IllegalArgumentException("Static route '" + prefix + "': directory '" + directory
                + "' does not exist or is not a directory; create it or point the route at an existing directory");
    }

    /** The fallback's path relative to the directory, or {@code null} without one. */
    private String fallbackKey(String fallbackFilename, Path realRoot) {
        if (fallbackFilename == null) {
            return null;
        }
        String key = null;
        try {
            Path candidate = directory.resolve(fallbackFilename).normalize();
            if (candidate.startsWith(directory) && !candidate.equals(directory)) {
                key = directory.relativize(candidate).toString().replace(File.separatorChar, '/');
            }
        } catch (InvalidPathException e) {
            // NOTE: a name the file system cannot hold is reported below, like a missing file.
        }
        if (key == null || FileVersion.probe(realRoot, key) == null) {
            throw new IllegalArgumentException("Static route '" + prefix + "': fallback file '" + fallbackFilename
                    + "' is not a regular file inside '" + directory
                    + "'; create it there or name a file relative to the directory, such as 'index.html'");
        }
        return key;
    }

    @Override
    public String toString() {
        return "StaticRoute[" + prefix + " " + directory + "]";
    }
}
