package dev.peregrine.internal.http;

/**
 * One media range of an Accept header, such as {@code text/*;q=0.5} (RFC 9110 §12.5.1): a media
 * type, possibly with wildcards, and its quality.
 */
final class MediaRange {

    private static final String QUALITY_ERROR =
            "If provided, the q parameter must be a real number in the range 0 through 1.";

    private final MediaType mediaType;
    private final double quality;

    private MediaRange(MediaType mediaType, double quality) {
        this.mediaType = mediaType;
        this.quality = quality;
    }

    /**
     * Parses one media range.
     *
     * @throws IllegalArgumentException when there is no {@code type/subtype} or {@code q} is not
     *     a number from 0 to 1
     */
    static MediaRange parse(String text) {
        MediaType mediaType;
        try {
            mediaType = MediaType.parse(text);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("The media range value must contain type/subtype.", malformed);
        }
        String q = mediaType.parameter("q");
        if (q == null) {
            return new MediaRange(mediaType, 1.0);
        }
        return new MediaRange(mediaType.withoutParameter("q"), parseQuality(q));
    }

    double quality() {
        return quality;
    }

    /**
     * How specifically this range matches {@code candidate}, or -1 when it does not. Higher is more
     * specific; in order of weight: the type is not a wildcard, the subtype is not a wildcard, the
     * parameter names are the same on both sides, the number of shared parameters. A parameter
     * present on both sides with different values means no match.
     */
    int specificity(MediaType candidate) {
        int typeScore = score(mediaType.type(), candidate.type());
        int subtypeScore = score(mediaType.subtype(), candidate.subtype());
        if (typeScore < 0 || subtypeScore < 0) {
            return -1;
        }
        int shared = 0;
        int count = mediaType.parameterCount();
        for (int i = 0; i < count; i++) {
            String value = candidate.parameter(mediaType.parameterName(i));
            if (value != null) {
                // NOTE: as in Falcon, parameter values compare exactly, charset included.
                if (!value.equals(mediaType.parameterValue(i))) {
                    return -1;
                }
                shared++;
            }
        }
        int sameNames = shared == count && shared == candidate.parameterCount() ? 1 : 0;
        return (typeScore << 18) | (subtypeScore << 17) | (sameNames << 16) | Math.min(shared, 0xFFFF);
    }

    private static int score(String range, String candidate) {
        if (range.equals("*") || candidate.equals("*")) {
            return 0;
        }
        return range.equals(candidate) ? 1 : -1;
    }

    private static double parseQuality(String text) {
        int digits = 0;
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                dots++;
            } else {
                throw new IllegalArgumentException(QUALITY_ERROR);
            }
        }
        if (digits == 0 || dots > 1) {
            throw new IllegalArgumentException(QUALITY_ERROR);
        }
        double quality = Double.parseDouble(text);
        if (quality > 1.0) {
            throw new IllegalArgumentException(QUALITY_ERROR);
        }
        return quality;
    }
}
