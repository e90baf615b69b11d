package dev.peregrine.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Parses request {@code Cookie} headers with Falcon's rules (RFC 6265 §5.4, leniently).
 *
 * <p>Each header is split on {@code ;}, each pair on its first {@code =}, and both sides are
 * stripped of whitespace. A pair with an empty name or a name holding an RFC 6265 separator
 * ({@code bad name}, {@code a,b}) is skipped without spoiling the others. A value in double
 * quotes is unquoted with the RFC 2109 escapes ({@code "\101"} is {@code A}); nothing is
 * percent-decoded. {@code b} alone gives {@code b=""} and {@code d=x=y} gives {@code d="x=y"}.
 */
public final class CookieHeaderParser {

    private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";
    private static final boolean[] NAME_CHARS = new boolean[128];

    static {
        for (char c = 0x21; c < 0x7f; c++) {
            NAME_CHARS[c] = SEPARATORS.indexOf(c) < 0;
        }
    }

    private CookieHeaderParser() {
    }

    /**
     * Parses every {@code Cookie} header of a request, in order.
     *
     * @param cookieHeaderValues the header values; {@code null} or empty means no cookies
     * @return cookie names in first-seen order, each with all its values in order
     */
    public static LinkedHashMap<String, List<String>> parse(List<String> cookieHeaderValues) {
        LinkedHashMap<String, List<String>> cookies = new LinkedHashMap<>();
        if (cookieHeaderValues != null) {
            for (int i = 0; i < cookieHeaderValues.size(); i++) {
                String header = cookieHeaderValues.get(i);
                if (header != null) {
                    parseHeader(header, cookies);
                }
            }
        }
        return cookies;
    }

    private static void parseHeader(String header, LinkedHashMap<String, List<String>> cookies) {
        int length = header.length();
        int pairStart = 0;
        // PERF: a single scan per pair with index arithmetic; no split(), regex or trimming copies.
        while (pairStart <= length) {
            int pairEnd = header.indexOf(';', pairStart);
            if (pairEnd < 0) {
                pairEnd = length;
            }
            int equals = pairStart;
            while (equals < pairEnd && header.charAt(equals) != '=') {
                equals++;
            }
            int nameStart = skipSpace(header, pairStart, equals);
            int nameEnd = trimSpace(header, nameStart, equals);
            if (nameEnd > nameStart && isValidName(header, nameStart, nameEnd)) {
                int valueStart = equals < pairEnd ? skipSpace(header, equals + 1, pairEnd) : pairEnd;
                int valueEnd = trimSpace(header, valueStart, pairEnd);
                add(cookies, header.substring(nameStart, nameEnd), value(header, valueStart, valueEnd));
            }
            pairStart = pairEnd + 1;
        }
    }

    private static String value(String header, int start, int end) {
        // NOTE: Falcon unquotes only values longer than the two quotes, so a="" stays "".
        if (end - start > 2 && header.charAt(start) == '"' && header.charAt(end - 1) == '"') {
            return CookieValueCodec.unquote(header.substring(start, end));
        }
        return header.substring(start, end);
    }

    private static boolean isValidName(String header, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = header.charAt(i);
            if (c >= 128 || !NAME_CHARS[c]) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    private static int trimSpace(String text, int start, int end) {
        int i = end;
        while (i > start && text.charAt(i - 1) <= ' ') {
            i--;
        }
        return i;
    }

    private static void add(LinkedHashMap<String, List<String>> cookies, String name, String value) {
        List<String> values = cookies.get(name);
        if (values == null) {
            values = new ArrayList<>(1);
            cookies.put(name, values);
        }
        values.add(value);
    }
}
