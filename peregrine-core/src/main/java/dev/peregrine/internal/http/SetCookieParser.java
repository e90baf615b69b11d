package dev.peregrine.internal.http;

import java.time.Instant;
import java.util.Locale;

/**
 * Reads a {@code Set-Cookie} header value leniently, after RFC 6265 §5.2: the first
 * {@code ;}-separated part is the {@code name=value} pair (a quoted value is unquoted as
 * {@link CookieValueCodec#unquote} does), the rest are attributes whose names match in any case.
 * Unknown attributes, unreadable dates, non-numeric Max-Age and unknown SameSite values are
 * ignored. {@code SetCookie.parse} builds on it.
 */
public final class SetCookieParser {

    /**
     * The parts of a parsed {@code Set-Cookie} header; absent attributes are {@code null} or
     * {@code false}.
     *
     * @param name the cookie's name
     * @param value the unquoted value
     * @param expires the Expires date
     * @param maxAge the Max-Age in seconds
     * @param domain the Domain attribute
     * @param path the Path attribute
     * @param secure whether Secure was present
     * @param httpOnly whether HttpOnly was present
     * @param sameSite {@code Lax}, {@code Strict} or {@code None}
     * @param partitioned whether Partitioned was present
     */
    public record Parsed(String name, String value, Instant expires, Long maxAge, String domain, String path,
            boolean secure, boolean httpOnly, String sameSite, boolean partitioned) {
    }

    private SetCookieParser() {
    }

    /**
     * Parses one header value.
     *
     * @throws IllegalArgumentException when the first part has no {@code =} or no name
     */
    public static Parsed parse(String header) {
        int length = header.length();
        int pairEnd = header.indexOf(';');
        if (pairEnd < 0) {
            pairEnd = length;
        }
        int equals = header.indexOf('=');
        if (equals < 0 || equals > pairEnd) {
            throw new IllegalArgumentException("Set-Cookie value '" + header + "' does not start with name=value");
        }
        String name = header.substring(0, equals).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Set-Cookie value '" + header + "' has an empty cookie name");
        }
        String value = CookieValueCodec.unquote(header.substring(equals + 1, pairEnd).strip());
        Instant expires = null;
        Long maxAge = null;
        String domain = null;
        String path = null;
        boolean secure = false;
        boolean httpOnly = false;
        String sameSite = null;
        boolean partitioned = false;
        for (int start = pairEnd + 1; start < length; ) {
            int end = header.indexOf(';', start);
            if (end < 0) {
                end = length;
            }
            int attributeEquals = header.indexOf('=', start);
            boolean hasValue = attributeEquals >= 0 && attributeEquals < end;
            String attribute = header.substring(start, hasValue ? attributeEquals : end).strip();
            String attributeValue = hasValue ? header.substring(attributeEquals + 1, end).strip() : "";
            switch (attribute.toLowerCase(Locale.ROOT)) {
                case "expires" -> expires = dateOrNull(attributeValue);
                case "max-age" -> maxAge = secondsOrNull(attributeValue);
                case "domain" -> domain = attributeValue;
                case "path" -> path = attributeValue;
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "samesite" -> sameSite = canonicalSameSite(attributeValue);
                case "partitioned" -> partitioned = true;
                default -> {
                    // NOTE: RFC 6265 §5.2 has user agents ignore attributes they do not know.
                }
            }
            start = end + 1;
        }
        return new Parsed(name, value, expires, maxAge, domain, path, secure, httpOnly, sameSite, partitioned);
    }

    /** {@code Lax}, {@code Strict} or {@code None} for those words in any case, else {@code null}. */
    public static String canonicalSameSite(String sameSite) {
        if (sameSite == null) {
            return null;
        }
        return switch (sameSite.toLowerCase(Locale.ROOT)) {
            case "lax" -> "Lax";
            case "strict" -> "Strict";
            case "none" -> "None";
            default -> null;
        };
    }

    private static Instant dateOrNull(String text) {
        try {
            return HttpDates.parse(text, true);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static Long secondsOrNull(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() - start > 18) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }
}
