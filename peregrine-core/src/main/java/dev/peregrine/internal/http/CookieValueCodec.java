package dev.peregrine.internal.http;

/**
 * Quotes and unquotes cookie values the way Python's {@code http.cookies} does, which is what
 * Falcon reads and writes.
 *
 * <p>A value made only of letters, digits and {@code !#$%&'*+-.^_`|~:} is written as is; any
 * other value, the empty one included, becomes a quoted-string in which {@code "} and {@code \}
 * are backslash-escaped and characters outside the safe set (such as {@code ,} and {@code ;})
 * are written as RFC 2109 octal escapes: {@code a;b} becomes {@code "a\073b"}. (Python leaves
 * characters beyond U+00FF alone; so does this class, though Set-Cookie values never hold them.)
 */
public final class CookieValueCodec {

    private static final String LEGAL = "!#$%&'*+-.^_`|~:";
    private static final String SAFE_WHEN_QUOTED = " ()/<=>?@[]{}";
    private static final boolean[] LEGAL_CHARS = new boolean[128];
    private static final boolean[] QUOTABLE_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean legal = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || LEGAL.indexOf(c) >= 0;
            LEGAL_CHARS[c] = legal;
            QUOTABLE_CHARS[c] = legal || SAFE_WHEN_QUOTED.indexOf(c) >= 0;
        }
    }

    private CookieValueCodec() {
    }

    /** The value as it goes after {@code name=} in a Set-Cookie header. */
    public static String quote(String value) {
        if (isLegal(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if ((c < 128 && QUOTABLE_CHARS[c]) || c > 255) {
                out.append(c);
            } else {
                out.append('\\').append((char) ('0' + ((c >> 6) & 7)))
                        .append((char) ('0' + ((c >> 3) & 7))).append((char) ('0' + (c & 7)));
            }
        }
        return out.append('"').toString();
    }

    /**
     * Removes the surrounding quotes of {@code quoted} and resolves its escapes: {@code \101}
     * (three octal digits, the first 0 to 3) is {@code A}, and a backslash before any other
     * character keeps that character. A value not wrapped in quotes is returned unchanged.
     */
    public static String unquote(String quoted) {
        int length = quoted.length();
        if (length < 2 || quoted.charAt(0) != '"' || quoted.charAt(length - 1) != '"') {
            return quoted;
        }
        int end = length - 1;
        if (quoted.indexOf('\\') < 0) {
            return quoted.substring(1, end);
        }
        StringBuilder out = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 >= end) {
                out.append(c);
            } else if (i + 3 < end && isOctalEscape(quoted, i + 1)) {
                out.append((char) (((quoted.charAt(i + 1) - '0') << 6) | ((quoted.charAt(i + 2) - '0') << 3)
                        | (quoted.charAt(i + 3) - '0')));
                i += 3;
            } else if (quoted.charAt(i + 1) == '\n') {
                // NOTE: Python's unquoting does not treat a backslash before a newline as an escape.
                out.append(c);
            } else {
                out.append(quoted.charAt(++i));
            }
        }
        return out.toString();
    }

    private static boolean isLegal(String value) {
        int length = value.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 128 || !LEGAL_CHARS[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOctalEscape(String text, int start) {
        char first = text.charAt(start);
        char second = text.charAt(start + 1);
        char third = text.charAt(start + 2);
        return first >= '0' && first <= '3' && second >= '0' && second <= '7' && third >= '0' && third <= '7';
    }
}
