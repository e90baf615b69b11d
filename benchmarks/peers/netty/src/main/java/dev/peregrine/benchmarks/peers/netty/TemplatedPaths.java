package dev.peregrine.benchmarks.peers.netty;

import dev.peregrine.benchmarks.peers.model.Comparison;
import dev.peregrine.benchmarks.peers.model.ResourceItem;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * Hand-matches the two templated route families of the peer app: the 94 filler routes
 * {@code /api/v1/resource{k}/{id}} (k parsed as digits, so all 94 cost one prefix check) and
 * {@code /repos/{org}/{repo}/compare/{a}...{b}}. Each returns null when the path does not match.
 */
final class TemplatedPaths {

    /** What every filler route starts with. */
    static final String RESOURCE_PREFIX = "/api/v1/resource";

    /** What the compare route starts with. */
    static final String REPOS_PREFIX = "/repos/";

    private static final String COMPARE_SEGMENT = "compare";

    private TemplatedPaths() {
    }

    /** The answer of {@code /api/v1/resource{k}/{id}} for k in 0..93 and a non-empty id, else null. */
    static ResourceItem resource(String path) {
        int k = 0;
        int position = RESOURCE_PREFIX.length();
        int digitsStart = position;
        while (position < path.length() && Character.isDigit(path.charAt(position))) {
            k = k * 10 + (path.charAt(position) - '0');
            position++;
        }
        int digits = position - digitsStart;
        boolean canonical = digits == 1 || (digits == 2 && path.charAt(digitsStart) != '0');
        if (!canonical || k >= ResourceItem.ROUTE_COUNT || position >= path.length() || path.charAt(position) != '/') {
            return null;
        }
        String id = path.substring(position + 1);
        if (id.isEmpty() || id.indexOf('/') >= 0) {
            return null;
        }
        return new ResourceItem(k, decode(id));
    }

    /** The answer of {@code /repos/{org}/{repo}/compare/{a}...{b}}, else null. */
    static Comparison comparison(String path) {
        String[] segments = new String[4];
        int start = REPOS_PREFIX.length();
        for (int i = 0; i < segments.length; i++) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (end == start || (i < segments.length - 1 && end == path.length())) {
                return null;
            }
            segments[i] = path.substring(start, end);
            start = end + 1;
        }
        if (start <= path.length() || !COMPARE_SEGMENT.equals(segments[2])) {
            return null;
        }
        Comparison split = Comparison.ofSpec(decode(segments[0]), decode(segments[1]), segments[3]);
        if (split == null || split.a().isEmpty() || split.b().isEmpty()) {
            return null;
        }
        return new Comparison(split.org(), split.repo(), decode(split.a()), decode(split.b()));
    }

    private static String decode(String segment) {
        return segment.indexOf('%') < 0 ? segment : QueryStringDecoder.decodeComponent(segment);
    }
}
