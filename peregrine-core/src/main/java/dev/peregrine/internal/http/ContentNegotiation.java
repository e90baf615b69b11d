package dev.peregrine.internal.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Proactive content negotiation on the Accept header (RFC 9110 §12.5.1), as Falcon's
 * {@code req.client_accepts} and {@code req.client_prefers}.
 *
 * <p>For each media type the most specific matching range decides its quality: exact type beats
 * {@code type/*}, which beats {@code *}{@code /*}; then ranges whose parameters are exactly those of
 * the media type, then those sharing more parameters. A range whose parameter contradicts the
 * media type's does not match at all. A missing or blank Accept header means {@code *}{@code /*}.
 *
 * <p>A malformed Accept header (a range without {@code type/subtype}, a bad {@code q}) accepts
 * nothing, as in Falcon; a malformed media type from the application is a bug and throws.
 */
public final class ContentNegotiation {

    private static final String ANY = "*/*";
    private static final ParsedValueCache<MediaRange[]> ACCEPT_HEADERS = new ParsedValueCache<>(256);
    private static final ParsedValueCache<MediaType> MEDIA_TYPES = new ParsedValueCache<>(256);

    private ContentNegotiation() {
    }

    /**
     * The quality the Accept header gives {@code mediaType}: that of its most specific matching
     * range, the highest among equally specific ones, or 0 when no range matches.
     *
     * @throws IllegalArgumentException when either value is malformed
     */
    public static double quality(String mediaType, String acceptHeader) {
        MediaType candidate = mediaType(mediaType);
        // PERF: parsed ranges and media types are memoized; a hit allocates nothing.
        return quality(candidate, ACCEPT_HEADERS.get(effective(acceptHeader), ContentNegotiation::parseRanges));
    }

    /**
     * The supported media type the client prefers: the one with the highest quality, the earlier
     * in {@code supported} on a tie; {@code null} when none is acceptable or the Accept header is
     * malformed.
     *
     * @throws IllegalArgumentException when a supported media type is malformed
     */
    public static String bestMatch(List<String> supported, String acceptHeader) {
        MediaRange[] ranges = rangesOrNull(acceptHeader);
        String best = null;
        double bestQuality = 0.0;
        for (int i = 0; i < supported.size(); i++) {
            String mediaType = supported.get(i);
            MediaType candidate = mediaType(mediaType);
            if (ranges != null) {
                double quality = quality(candidate, ranges);
                if (quality > bestQuality) {
                    best = mediaType;
                    bestQuality = quality;
                }
            }
        }
        return best;
    }

    /**
     * Whether the client accepts {@code mediaType} at all (with a quality above 0); {@code false}
     * when the Accept header is malformed.
     *
     * @throws IllegalArgumentException when {@code mediaType} is malformed
     */
    public static boolean accepts(String acceptHeader, String mediaType) {
        String accept = effective(acceptHeader);
        // PERF: the usual headers need no parsing at all, as in Falcon.
        if (accept.equals(ANY) || accept.equals(mediaType)) {
            return true;
        }
        MediaType candidate = mediaType(mediaType);
        MediaRange[] ranges = rangesOrNull(accept);
        return ranges != null && quality(candidate, ranges) > 0.0;
    }

    private static double quality(MediaType candidate, MediaRange[] ranges) {
        int bestSpecificity = -1;
        double bestQuality = 0.0;
        for (MediaRange range : ranges) {
            int specificity = range.specificity(candidate);
            if (specificity > bestSpecificity
                    || (specificity == bestSpecificity && specificity >= 0 && range.quality() > bestQuality)) {
                bestSpecificity = specificity;
                bestQuality = range.quality();
            }
        }
        return bestQuality;
    }

    private static MediaType mediaType(String mediaType) {
        try {
            return MEDIA_TYPES.get(mediaType, MediaType::parse);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("'" + mediaType + "' is not a media type; write it as type/subtype,"
                    + " for example application/json", malformed);
        }
    }

    private static MediaRange[] rangesOrNull(String acceptHeader) {
        try {
            return ACCEPT_HEADERS.get(effective(acceptHeader), ContentNegotiation::parseRanges);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String effective(String acceptHeader) {
        return acceptHeader == null || acceptHeader.isBlank() ? ANY : acceptHeader;
    }

    private static MediaRange[] parseRanges(String header) {
        List<MediaRange> ranges = new ArrayList<>(4);
        int length = header.length();
        int start = 0;
        while (start <= length) {
            int end = elementEnd(header, start, length);
            // NOTE: RFC 9110 §5.6.1 asks recipients to ignore empty list elements ("a, ,b").
            if (!header.substring(start, end).isBlank()) {
                ranges.add(MediaRange.parse(header.substring(start, end)));
            }
            start = end + 1;
        }
        return ranges.toArray(new MediaRange[0]);
    }

    private static int elementEnd(String header, int start, int length) {
        for (int i = start; i < length; i++) {
            char c = header.charAt(i);
            if (c == ',') {
                return i;
            }
            if (c == '"') {
                int closed = QuotedString.end(header, i, length);
                if (closed < 0) {
                    return length;
                }
                i = closed - 1;
            }
        }
        return length;
    }
}
