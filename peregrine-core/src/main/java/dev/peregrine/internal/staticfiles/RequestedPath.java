package dev.peregrine.internal.staticfiles;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the part of a request path after a static route's prefix the way Falcon does, then
 * resolves its {@code .} and {@code ..} segments, so that it can only name something inside the
 * route's directory. Every refusal is answered 404, as Falcon does: the client learns nothing
 * about what exists.
 *
 * <p>Refused: more than {@value #MAX_LENGTH} characters; control characters (C0, DEL, C1) and
 * U+FFFD (what an undecodable escape became); any of {@code ~ ? < > : * | ' " \}; an empty
 * segment ({@code //}) or a leading {@code /}; leading whitespace; a segment ending with a dot
 * or whitespace (names Windows would silently alter), except {@code .} and {@code ..} before
 * another segment; and a {@code ..} that climbs above the directory.
 */
final class RequestedPath {

    /** The longest remainder served; Falcon's bound on how much an exploit could smuggle in. */
    static final int MAX_LENGTH = 512;

    private RequestedPath() {
    }

    /**
     * The relative path named by {@code path} from index {@code from}, segments separated by
     * {@code /}, dot segments resolved and a trailing {@code /} dropped.
     *
     * @return the relative path; {@code ""} when it names the directory itself; {@code null} when
     *     it is refused
     */
    static String normalize(String path, int from) {
        int end = path.length();
        if (from >= end) {
            return "";
        }
        if (end - from > MAX_LENGTH || path.charAt(from) == '/' || isSpace(path.charAt(from))) {
            return null;
        }
        boolean hasDotSegments = false;
        int segmentStart = from;
        for (int i = from; i < end; i++) {
            char c = path.charAt(i);
            if (c == '/') {
                if (i == segmentStart) {
                    return null;
                }
                if (endsWithDotOrSpace(path, i)) {
                    if (!isDotSegment(path, segmentStart, i)) {
                        return null;
                    }
                    hasDotSegments = true;
                }
                segmentStart = i + 1;
            } else if (isRefused(c)) {
                return null;
            }
        }
        if (segmentStart < end && endsWithDotOrSpace(path, end)) {
            return null;
        }
        boolean trailingSlash = segmentStart == end;
        if (!hasDotSegments) {
            // PERF: the common case, a plain relative path, is the remainder itself.
            return path.substring(from, trailingSlash ? end - 1 : end);
        }
        return resolveDotSegments(path, from);
    }

    private static String resolveDotSegments(String path, int from) {
        List<String> segments = new ArrayList<>();
        int start = from;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int stop = slash < 0 ? path.length() : slash;
            String segment = path.substring(start, stop);
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
            start = stop + 1;
        }
        return String.join("/", segments);
    }

    private static boolean endsWithDotOrSpace(String path, int end) {
        char last = path.charAt(end - 1);
        return last == '.' || isSpace(last);
    }

    private static boolean isDotSegment(String path, int start, int end) {
        int length = end - start;
        return (length == 1 || length == 2 && path.charAt(start + 1) == '.') && path.charAt(start) == '.';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isRefused(char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\ufffd') {
            return true;
        }
        return switch (c) {
            case '~', '?', '<', '>', ':', '*', '|', '\'', '"', '\\' -> true;
            default -> false;
        };
    }
}
