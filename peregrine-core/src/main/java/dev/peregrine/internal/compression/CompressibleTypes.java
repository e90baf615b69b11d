package dev.peregrine.internal.compression;

import dev.peregrine.internal.http.HttpToken;
import java.util.List;
import java.util.Locale;

/**
 * Which Content-Types are worth compressing, as media ranges: {@code application/json} (exactly),
 * {@code text/*} (any subtype) or {@code application/*+json} (any subtype with that suffix).
 * Parameters such as {@code charset} are ignored, and case does not matter.
 *
 * <p>{@code text/event-stream} is never compressed, whatever the ranges say. NOTE: an event
 * stream is flushed per event and stays open for hours: compression would hold an encoder for
 * each open stream and shrink each small event little.
 */
public final class CompressibleTypes {

    private static final String EVENT_STREAM = "text/event-stream";

    private final String[] exact;
    /** {@code "text/"} for {@code text/*}. */
    private final String[] typePrefixes;
    /** For {@code application/*+json}: prefix {@code "application/"} and suffix {@code "+json"}, index for index. */
    private final String[] suffixPrefixes;
    private final String[] suffixes;

    /**
     * Matches {@code mediaRanges}.
     *
     * @throws IllegalArgumentException when one is not {@code type/subtype}, {@code type/*} or
     *     {@code type/*+suffix}
     */
    public CompressibleTypes(List<String> mediaRanges) {
        List<String> ranges = mediaRanges.stream().map(range -> range.strip().toLowerCase(Locale.ROOT)).toList();
        for (String range : ranges) {
            check(range);
        }
        this.exact = ranges.stream().filter(range -> !range.contains("*")).toArray(String[]::new);
        this.typePrefixes = ranges.stream().filter(range -> range.endsWith("/*"))
                .map(range -> range.substring(0, range.length() - 1)).toArray(String[]::new);
        List<String> withSuffix = ranges.stream().filter(range -> range.contains("/*+")).toList();
        this.suffixPrefixes = withSuffix.stream().map(range -> range.substring(0, range.indexOf('*'))).toArray(String[]::new);
        this.suffixes = withSuffix.stream().map(range -> range.substring(range.indexOf('*') + 1)).toArray(String[]::new);
    }

    private static void check(String range) {
        int slash = range.indexOf('/');
        String type = slash < 0 ? "" : range.substring(0, slash);
        String subtype = slash < 0 ? "" : range.substring(slash + 1);
        boolean wildcard = subtype.equals("*") || subtype.startsWith("*+") && subtype.length() > 2;
        boolean valid = HttpToken.isToken(type) && type.indexOf('*') < 0 && HttpToken.isToken(subtype)
                && (wildcard ? subtype.indexOf('*', 1) < 0 : subtype.indexOf('*') < 0);
        if (!valid) {
            throw new IllegalArgumentException("'" + range + "' is not a compressible type: write type/subtype"
                    + " (application/json), type/* (text/*) or type/*+suffix (application/*+json), without parameters");
        }
    }

    /** Whether a body of {@code contentType} (a Content-Type header value, or {@code null}) is compressed. */
    public boolean matches(String contentType) {
        if (contentType == null) {
            return false;
        }
        int end = contentType.indexOf(';');
        if (end < 0) {
            end = contentType.length();
        }
        while (end > 0 && (contentType.charAt(end - 1) == ' ' || contentType.charAt(end - 1) == '\t')) {
            end--;
        }
        if (regionIs(contentType, 0, end, EVENT_STREAM)) {
            return false;
        }
        for (String type : exact) {
            if (regionIs(contentType, 0, end, type)) {
                return true;
            }
        }
        for (String prefix : typePrefixes) {
            if (end > prefix.length() && contentType.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        for (int i = 0; i < suffixes.length; i++) {
            String prefix = suffixPrefixes[i];
            String suffix = suffixes[i];
            if (end > prefix.length() + suffix.length()
                    && contentType.regionMatches(true, 0, prefix, 0, prefix.length())
                    && contentType.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionIs(String text, int start, int end, String expected) {
        return end - start == expected.length() && text.regionMatches(true, start, expected, 0, expected.length());
    }
}
