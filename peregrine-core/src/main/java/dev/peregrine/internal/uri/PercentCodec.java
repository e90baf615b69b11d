package dev.peregrine.internal.uri;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding and decoding (RFC 3986 §2.1) with Falcon's rules: escapes decode as UTF-8 with
 * invalid sequences replaced by U+FFFD, malformed escapes such as {@code %zz} are kept literally,
 * and {@code +} means a space only where asked (query strings, forms), never in paths.
 */
public final class PercentCodec {

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final String RESERVED = ":/?#[]@!$&'()*+,;=";
    private static final boolean[] UNRESERVED_SET = asciiSet(UNRESERVED);
    private static final boolean[] URI_ALLOWED_SET = asciiSet(UNRESERVED + RESERVED);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCodec() {
    }

    /**
     * Decodes percent-escapes; with {@code plusAsSpace}, {@code +} becomes a space first.
     * Returns {@code text} itself when there is nothing to decode.
     */
    public static String decode(String text, boolean plusAsSpace) {
        int length = text.length();
        int firstSpecial = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '%' || (plusAsSpace && c == '+')) {
                firstSpecial = i;
                break;
            }
        }
        // PERF: most paths and parameters contain no escape; return them without copying.
        if (firstSpecial < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, firstSpecial);
        byte[] pending = null;
        int pendingLength = 0;
        for (int i = firstSpecial; i < length; i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < length) {
                int high = hexValue(text.charAt(i + 1));
                int low = hexValue(text.charAt(i + 2));
                if (high >= 0 && low >= 0) {
                    if (pending == null) {
                        pending = new byte[(length - i) / 3 + 1];
                    }
                    pending[pendingLength++] = (byte) ((high << 4) | low);
                    i += 2;
                    continue;
                }
            }
            if (pendingLength > 0) {
                appendUtf8(out, pending, pendingLength);
                pendingLength = 0;
            }
            out.append(plusAsSpace && c == '+' ? ' ' : c);
        }
        if (pendingLength > 0) {
            appendUtf8(out, pending, pendingLength);
        }
        return out.toString();
    }

    /**
     * Encodes a whole URI or path, leaving RFC 3986 reserved and unreserved characters alone:
     * {@code /a b/ü?x=1&y=%} becomes {@code /a%20b/%C3%BC?x=1&y=%25}.
     */
    public static String encodeUri(String uri) {
        return encode(uri, URI_ALLOWED_SET, false);
    }

    /**
     * As {@link #encodeUri(String)}, but a string whose every {@code %} already starts a valid
     * escape is taken as encoded and returned unchanged.
     */
    public static String encodeUriCheckEscaped(String uri) {
        return encode(uri, URI_ALLOWED_SET, true);
    }

    /**
     * Encodes one value (a path segment or query value), leaving only unreserved characters:
     * {@code a/b c} becomes {@code a%2Fb%20c}.
     */
    public static String encodeValue(String value) {
        return encode(value, UNRESERVED_SET, false);
    }

    private static String encode(String text, boolean[] allowed, boolean checkEscaped) {
        int length = text.length();
        boolean onlyAllowedOrPercent = true;
        boolean needsWork = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !allowed[c]) {
                needsWork = true;
                if (c != '%') {
                    onlyAllowedOrPercent = false;
                }
            }
        }
        if (!needsWork || (checkEscaped && onlyAllowedOrPercent && escapesAreValid(text))) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned < 128 && allowed[unsigned]) {
                out.append((char) unsigned);
            } else {
                out.append('%').append(HEX[unsigned >>> 4]).append(HEX[unsigned & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean escapesAreValid(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (i + 2 >= text.length() || hexValue(text.charAt(i + 1)) < 0 || hexValue(text.charAt(i + 2)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void appendUtf8(StringBuilder out, byte[] bytes, int length) {
        // NOTE: String's UTF-8 decoding replaces malformed sequences with U+FFFD, as Falcon does.
        out.append(new String(bytes, 0, length, StandardCharsets.UTF_8));
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean[] asciiSet(String characters) {
        boolean[] set = new boolean[128];
        for (int i = 0; i < characters.length(); i++) {
            set[characters.charAt(i)] = true;
        }
        return set;
    }
}
