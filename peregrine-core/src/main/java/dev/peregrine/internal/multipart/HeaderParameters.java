package dev.peregrine.internal.multipart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header value with parameters, such as {@code form-data; name="file"; filename="a.txt"} or
 * {@code text/plain; charset=utf-8}, parsed as Falcon's {@code parse_header} does.
 *
 * <p>The value and each parameter are split at semicolons outside quotes; parameter names are
 * case-insensitive; a quoted value loses its quotes and the backslash before {@code \} or
 * {@code "}; a piece without {@code =} is ignored; of repeated parameters the last one counts.
 */
public final class HeaderParameters {

    private final String value;
    private final List<String> names;
    private final List<String> values;

    private HeaderParameters(String value, List<String> names, List<String> values) {
        this.value = value;
        this.names = names;
        this.values = values;
    }

    /** Parses a header value; {@code null} parses as an empty value without parameters. */
    public static HeaderParameters parse(String header) {
        if (header == null) {
            return new HeaderParameters("", List.of(), List.of());
        }
        int end = pieceEnd(header, 0);
        String value = header.substring(0, end).strip();
        List<String> names = new ArrayList<>(4);
        List<String> values = new ArrayList<>(4);
        while (end < header.length()) {
            int start = end + 1;
            end = pieceEnd(header, start);
            int equals = header.indexOf('=', start);
            if (equals >= 0 && equals < end) {
                names.add(header.substring(start, equals).strip().toLowerCase(Locale.ROOT));
                values.add(unquote(header.substring(equals + 1, end).strip()));
            }
        }
        return new HeaderParameters(value, names, values);
    }

    /** The part before the first parameter, for example {@code form-data} or {@code text/plain}. */
    public String value() {
        return value;
    }

    /** A parameter's value by case-insensitive name, or {@code null} when absent. */
    public String parameter(String name) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return values.get(i);
            }
        }
        return null;
    }

    // The index of the next semicolon outside a quoted string, or the end of the header.
    private static int pieceEnd(String header, int from) {
        boolean quoted = false;
        for (int i = from; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        return header.length();
    }

    private static String unquote(String text) {
        if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
            return text;
        }
        String inner = text.substring(1, text.length() - 1);
        if (inner.indexOf('\\') < 0) {
            return inner;
        }
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && (inner.charAt(i + 1) == '\\' || inner.charAt(i + 1) == '"')) {
                c = inner.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
