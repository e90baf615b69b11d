package dev.peregrine.internal.compression;

/**
 * Chooses a content coding from a request's {@code Accept-Encoding} (RFC 9110 §12.5.3), without
 * allocating: the acceptable coding with the highest q-value, the server's order breaking ties.
 *
 * <ul>
 *   <li>A coding listed with {@code q=0} is refused; one not listed takes the q-value of
 *       {@code *}, or is refused when there is no {@code *}.</li>
 *   <li>{@code identity} wins only when the client ranks it above every coding it accepts
 *       ({@code gzip;q=0.5, identity}); a tie goes to compressing.</li>
 *   <li>{@code x-gzip} is {@code gzip} (RFC 9110 §8.4.1.3).</li>
 *   <li>An element with a malformed q-value is ignored.</li>
 * </ul>
 *
 * <p>NOTE: when nothing is acceptable, identity included ({@code identity;q=0} or {@code *;q=0}
 * with no coding the server has), the body is sent without a coding rather than as a 406:
 * RFC 9110 §15.5.7 lets a server disregard the preference, and turning a good answer into an
 * error over an optimisation would help no client. An absent header also means identity: RFC 9110
 * would allow any coding, but clients that send none (scripts, health checks) rarely decode.
 */
public final class AcceptEncoding {

    /** What {@link #choose} returns when the body is to be sent as it is. */
    public static final int IDENTITY = -1;

    private static final int UNLISTED = -1;
    private static final int MALFORMED = -2;

    private AcceptEncoding() {
    }

    /**
     * The index in {@code codings} (lower-case names, the server's preference first) of the
     * coding to use, or {@link #IDENTITY}.
     *
     * @param header the request's {@code Accept-Encoding}, or {@code null} when it sent none
     */
    public static int choose(String header, String[] codings) {
        if (header == null) {
            return IDENTITY;
        }
        // PERF: a scan of the header per name (the server has one or two codings) allocates nothing.
        int star = listedQ(header, "*");
        int best = IDENTITY;
        int bestQ = 0;
        for (int i = 0; i < codings.length; i++) {
            int q = listedQ(header, codings[i]);
            if (q == UNLISTED) {
                q = star;
            }
            if (q > bestQ) {
                best = i;
                bestQ = q;
            }
        }
        int identity = listedQ(header, "identity");
        int identityQ = identity != UNLISTED ? identity : star;
        return best != IDENTITY && bestQ >= identityQ ? best : IDENTITY;
    }

    /** The highest q-value, in thousandths, of the header's elements naming {@code name}, or {@link #UNLISTED}. */
    private static int listedQ(String header, String name) {
        int found = UNLISTED;
        int length = header.length();
        int start = 0;
        while (start < length) {
            int end = header.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            int nameStart = skipSpaces(header, start, end);
            int nameEnd = nameStart;
            while (nameEnd < end && header.charAt(nameEnd) != ';' && !isSpace(header.charAt(nameEnd))) {
                nameEnd++;
            }
            if (names(header, nameStart, nameEnd, name)) {
                found = Math.max(found, qValue(header, nameEnd, end));
            }
            start = end + 1;
        }
        return found;
    }

    private static boolean names(String header, int start, int end, String name) {
        return is(header, start, end, name) || name.equals("gzip") && is(header, start, end, "x-gzip");
    }

    /** The q-value in thousandths of the parameters between {@code from} and {@code end} (1000 without one), or {@link #MALFORMED}. */
    private static int qValue(String header, int from, int end) {
        int q = 1000;
        int at = from;
        while (at < end) {
            int semicolon = header.indexOf(';', at);
            if (semicolon < 0 || semicolon >= end) {
                break;
            }
            int nameStart = skipSpaces(header, semicolon + 1, end);
            int equals = header.indexOf('=', nameStart);
            int next = header.indexOf(';', semicolon + 1);
            int paramEnd = next < 0 || next > end ? end : next;
            if (equals > 0 && equals < paramEnd && trimmedIs(header, nameStart, equals, "q")) {
                q = parseQ(header, skipSpaces(header, equals + 1, paramEnd), trimEnd(header, equals + 1, paramEnd));
                if (q == MALFORMED) {
                    return MALFORMED;
                }
            }
            at = paramEnd;
        }
        return q;
    }

    /** RFC 9110 §12.4.2: {@code 0[.ddd]} or {@code 1[.000]}, in thousandths. */
    private static int parseQ(String header, int start, int end) {
        if (start >= end) {
            return MALFORMED;
        }
        char first = header.charAt(start);
        if (first != '0' && first != '1') {
            return MALFORMED;
        }
        int value = (first - '0') * 1000;
        if (start + 1 == end) {
            return value;
        }
        if (header.charAt(start + 1) != '.' || end - start - 2 > 3) {
            return MALFORMED;
        }
        int scale = 100;
        for (int i = start + 2; i < end; i++) {
            char digit = header.charAt(i);
            if (digit < '0' || digit > '9' || first == '1' && digit != '0') {
                return MALFORMED;
            }
            value += (digit - '0') * scale;
            scale /= 10;
        }
        return value;
    }

    private static boolean is(String header, int start, int end, String name) {
        return end - start == name.length() && header.regionMatches(true, start, name, 0, name.length());
    }

    private static boolean trimmedIs(String header, int start, int end, String name) {
        return is(header, start, trimEnd(header, start, end), name);
    }

    private static int skipSpaces(String header, int from, int end) {
        while (from < end && isSpace(header.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String header, int start, int end) {
        while (end > start && isSpace(header.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
