package dev.peregrine.internal.routing;

import dev.peregrine.internal.uri.PercentCodec;

/**
 * Splits a request path into percent-decoded segments for matching: {@code /a/b%20c} gives
 * {@code ["a", "b c"]}.
 *
 * <p>Leading slashes are dropped, as Falcon's {@code lstrip('/')} does, so {@code //a} is
 * {@code ["a"]} and {@code /} is {@code [""]}; a trailing slash leaves an empty last segment
 * ({@code /a/} is {@code ["a", ""]}).
 */
final class PathSegments {

    private PathSegments() {
    }

    /**
     * The segments of a raw (not yet decoded) path.
     *
     * <p>NOTE: unlike Falcon, the path is split before it is decoded, so {@code %2F} stays inside
     * its segment as {@code /}: {@code /files/a%2Fb} is {@code ["files", "a/b"]}.
     */
    static String[] split(String rawPath) {
        int start = 0;
        while (start < rawPath.length() && rawPath.charAt(start) == '/') {
            start++;
        }
        // PERF: count first so the array is allocated once at its exact size.
        int count = 1;
        for (int i = start; i < rawPath.length(); i++) {
            if (rawPath.charAt(i) == '/') {
                count++;
            }
        }
        String[] segments = new String[count];
        for (int i = 0; i < count; i++) {
            int end = rawPath.indexOf('/', start);
            if (end < 0) {
                end = rawPath.length();
            }
            segments[i] = PercentCodec.decode(rawPath.substring(start, end), false);
            start = end + 1;
        }
        return segments;
    }

    /** The segments from {@code from} on, joined with {@code /}: the text of a {@code path} field. */
    static String joinFrom(String[] segments, int from) {
        if (from == segments.length - 1) {
            return segments[from];
        }
        StringBuilder rest = new StringBuilder(segments[from]);
        for (int i = from + 1; i < segments.length; i++) {
            rest.append('/').append(segments[i]);
        }
        return rest.toString();
    }
}
