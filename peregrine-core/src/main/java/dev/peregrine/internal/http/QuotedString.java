package dev.peregrine.internal.http;

/**
 * The RFC 9110 §5.6.4 {@code quoted-string}: text between double quotes in which a backslash
 * makes the next character literal ({@code quoted-pair}).
 */
public final class QuotedString {

    private QuotedString() {
    }

    /** Wraps {@code text} in double quotes, escaping each {@code "} and {@code \} with a backslash. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        appendEscaped(out, text);
        return out.append('"').toString();
    }

    /** Appends {@code text} with each {@code "} and {@code \} escaped, without the surrounding quotes. */
    public static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /**
     * The content of the quoted-string that spans {@code text[start, end)}, quotes included:
     * quotes removed and each quoted-pair replaced by its character.
     */
    public static String unquote(String text, int start, int end) {
        int contentStart = start + 1;
        int contentEnd = end - 1;
        int backslash = text.indexOf('\\', contentStart);
        // PERF: most quoted values hold no escape; one substring suffices.
        if (backslash < 0 || backslash >= contentEnd) {
            return text.substring(contentStart, contentEnd);
        }
        StringBuilder out = new StringBuilder(contentEnd - contentStart);
        for (int i = contentStart; i < contentEnd; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < contentEnd) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The index just past the closing quote of the quoted-string that opens at {@code start},
     * or -1 when it is not closed before {@code limit}.
     */
    public static int end(String text, int start, int limit) {
        for (int i = start + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        return -1;
    }
}
