package dev.peregrine.internal.http;

import dev.peregrine.Forwarded;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code Forwarded} headers (RFC 7239 §4) as leniently as Falcon: never throws, and keeps
 * what it can make sense of.
 *
 * <p>Elements are separated by commas and their {@code name=value} pairs by semicolons; names
 * are case-insensitive, values are tokens or quoted-strings (unquoted here, so
 * {@code for="[2001:db8::1]:4711"} keeps its brackets and port). An unquoted value ends at the
 * first non-token character, so {@code for=192.0.2.43:80} gives {@code 192.0.2.43}. After a
 * malformed pair the rest of its element is skipped; whitespace is allowed anywhere between pairs.
 * Unknown parameters are ignored, but still make an element.
 */
public final class ForwardedParser {

    private ForwardedParser() {
    }

    /**
     * Parses every {@code Forwarded} header of a request into its elements, in order.
     *
     * @param forwardedHeaderValues the header values; {@code null} means none
     */
    public static List<Forwarded> parse(List<String> forwardedHeaderValues) {
        List<Forwarded> elements = new ArrayList<>(2);
        if (forwardedHeaderValues != null) {
            for (String header : forwardedHeaderValues) {
                if (header != null) {
                    parseHeader(header, elements);
                }
            }
        }
        return elements;
    }

    private static void parseHeader(String header, List<Forwarded> elements) {
        ElementBuilder element = null;
        boolean needSeparator = false;
        int length = header.length();
        int pos = 0;
        while (pos >= 0 && pos < length) {
            int pairEnd = pairEnd(header, pos, length);
            char c = header.charAt(pos);
            if (pairEnd > 0) {
                if (needSeparator) {
                    pos = header.indexOf(',', pos);
                    continue;
                }
                if (element == null) {
                    element = new ElementBuilder();
                }
                element.set(header, pos, pairEnd);
                needSeparator = true;
                pos = pairEnd;
            } else if (c == ',') {
                if (element != null) {
                    elements.add(element.build());
                    element = null;
                }
                needSeparator = false;
                pos++;
            } else if (c == ';') {
                needSeparator = false;
                pos++;
            } else if (c == ' ' || c == '\t') {
                pos++;
            } else {
                pos = header.indexOf(',', pos);
            }
        }
        if (element != null) {
            elements.add(element.build());
        }
    }

    /** The end of the {@code token=(token / quoted-string)} pair starting at {@code start}, or -1. */
    private static int pairEnd(String header, int start, int length) {
        int nameEnd = HttpToken.tokenEnd(header, start);
        if (nameEnd == start || nameEnd >= length || header.charAt(nameEnd) != '=') {
            return -1;
        }
        int valueStart = nameEnd + 1;
        if (valueStart < length && header.charAt(valueStart) == '"') {
            return quotedStringEnd(header, valueStart, length);
        }
        int valueEnd = HttpToken.tokenEnd(header, valueStart);
        return valueEnd == valueStart ? -1 : valueEnd;
    }

    /** The end of a strict RFC 7230 quoted-string (visible ASCII, space and tab only), or -1. */
    private static int quotedStringEnd(String header, int start, int length) {
        for (int i = start + 1; i < length; i++) {
            char c = header.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\') {
                i++;
                if (i >= length || !isQuotable(header.charAt(i))) {
                    return -1;
                }
            } else if (!isQuotable(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isQuotable(char c) {
        return c == '\t' || (c >= ' ' && c <= '~');
    }

    /** The parameters of one element as they are found. */
    private static final class ElementBuilder {
        private String src;
        private String dest;
        private String host;
        private String scheme;

        void set(String header, int start, int end) {
            int equals = header.indexOf('=', start);
            int nameLength = equals - start;
            String value = header.charAt(equals + 1) == '"'
                    ? QuotedString.unquote(header, equals + 1, end)
                    : header.substring(equals + 1, end);
            if (is(header, start, nameLength, "for")) {
                src = value;
            } else if (is(header, start, nameLength, "by")) {
                dest = value;
            } else if (is(header, start, nameLength, "host")) {
                host = value;
            } else if (is(header, start, nameLength, "proto")) {
                // NOTE: schemes are case-insensitive; lower-case them as request.scheme is.
                scheme = value.toLowerCase(Locale.ROOT);
            }
        }

        private static boolean is(String header, int start, int length, String name) {
            return length == name.length() && header.regionMatches(true, start, name, 0, length);
        }

        Forwarded build() {
            return new Forwarded(src, dest, host, scheme);
        }
    }
}
