package dev.peregrine.internal.http;

/**
 * The RFC 9110 §5.6.2 {@code token} grammar: one or more of the letters, digits and
 * {@code !#$%&'*+-.^_`|~}. Cookie names, parameter names and unquoted parameter values use it.
 */
public final class HttpToken {

    private static final boolean[] TOKEN_CHARS = new boolean[128];

    static {
        String symbols = "!#$%&'*+-.^_`|~";
        for (int i = 0; i < symbols.length(); i++) {
            TOKEN_CHARS[symbols.charAt(i)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            TOKEN_CHARS[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TOKEN_CHARS[c] = true;
            TOKEN_CHARS[c - 'a' + 'A'] = true;
        }
    }

    private HttpToken() {
    }

    /** Whether {@code c} may appear in a token. */
    public static boolean isTokenChar(char c) {
        return c < 128 && TOKEN_CHARS[c];
    }

    /** Whether {@code text} is a non-empty token. */
    public static boolean isToken(CharSequence text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first character at or after {@code start} that is not a token character. */
    public static int tokenEnd(CharSequence text, int start) {
        int i = start;
        while (i < text.length() && isTokenChar(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
