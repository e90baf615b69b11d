package dev.peregrine.spi;

/**
 * What a response header line may hold (RFC 9110 §5.1, §5.5): a name of token characters, and a
 * value without control characters other than horizontal tab, within ISO-8859-1 (what goes on the
 * wire). A CR or LF in a value would let whoever chose it split the response.
 */
final class HeaderLineCheck {

    /** Token characters by code point, below 128. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TOKEN[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TOKEN[c] = true;
            TOKEN[c - 'a' + 'A'] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TOKEN[c] = true;
        }
    }

    private HeaderLineCheck() {
    }

    /**
     * @throws IllegalArgumentException naming the header and what is wrong with it
     */
    static void check(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A response header has no name; every header needs one, such as 'X-Request-Id'");
        }
        // PERF: one pass over each name and value, once per response; servers then copy unchecked.
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128 || !TOKEN[c]) {
                throw new IllegalArgumentException("The response header name '" + printable(name) + "' holds "
                        + describe(c) + ", which a header name may not; use letters, digits and -");
            }
        }
        if (value == null) {
            throw new IllegalArgumentException("The response header '" + name + "' has no value; set one or delete the header");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' && c != '\t' || c == 0x7f || c > 0xff) {
                throw new IllegalArgumentException("The value of the response header '" + name + "' holds " + describe(c)
                        + (c == '\r' || c == '\n' ? ", which would split the response" : ", which a header value may not")
                        + "; encode it (percent-encoding, RFC 8187) or leave it out");
            }
        }
    }

    private static String describe(char c) {
        return switch (c) {
            case '\r' -> "a carriage return (CR)";
            case '\n' -> "a line feed (LF)";
            case ' ' -> "a space";
            default -> c < ' ' || c == 0x7f ? String.format("the control character U+%04X", (int) c)
                    : c > 0xff ? String.format("the character U+%04X, beyond ISO-8859-1", (int) c)
                    : "'" + c + "'";
        };
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < ' ' || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }
}
