package dev.peregrine.internal.http;

import java.util.Arrays;
import java.util.Locale;

/**
 * A parsed media type such as {@code text/html; charset="utf-8"} (RFC 9110 §8.3.1).
 *
 * <p>Type and subtype are lower-cased; parameter names are lower-cased, their values kept as
 * written, with quoted-strings unquoted. A later parameter replaces an earlier one of the same
 * name. A bare {@code *}, as some old Java clients send in Accept, is read as {@code *}{@code /*}.
 * Instances are immutable.
 */
public final class MediaType {

    private static final String[] NO_STRINGS = new String[0];

    private final String type;
    private final String subtype;
    private final String essence;
    private final String[] parameterNames;
    private final String[] parameterValues;

    private MediaType(String type, String subtype, String[] parameterNames, String[] parameterValues) {
        this.type = type;
        this.subtype = subtype;
        this.essence = type + '/' + subtype;
        this.parameterNames = parameterNames;
        this.parameterValues = parameterValues;
    }

    /**
     * Parses a media type.
     *
     * @throws IllegalArgumentException when there is no {@code type/subtype}
     */
    public static MediaType parse(String text) {
        int length = text.length();
        int typeEnd = parameterEnd(text, 0, length);
        int start = skipSpace(text, 0, typeEnd);
        int end = trimSpace(text, start, typeEnd);
        String type;
        String subtype;
        if (end - start == 1 && text.charAt(start) == '*') {
            type = "*";
            subtype = "*";
        } else {
            int slash = text.indexOf('/', start);
            if (slash < 0 || slash >= end) {
                throw new IllegalArgumentException("The media type value must contain type/subtype.");
            }
            type = lowerCase(text, start, trimSpace(text, start, slash));
            subtype = lowerCase(text, skipSpace(text, slash + 1, end), end);
            if (type.isEmpty() || subtype.isEmpty()) {
                throw new IllegalArgumentException("The media type value must contain type/subtype.");
            }
        }
        if (typeEnd == length) {
            return new MediaType(type, subtype, NO_STRINGS, NO_STRINGS);
        }
        return parseParameters(text, typeEnd, type, subtype);
    }

    private static MediaType parseParameters(String text, int from, String type, String subtype) {
        int length = text.length();
        String[] names = new String[2];
        String[] values = new String[2];
        int count = 0;
        for (int start = from + 1; start <= length; ) {
            int end = parameterEnd(text, start, length);
            int equals = start;
            while (equals < end && text.charAt(equals) != '=') {
                equals++;
            }
            int nameStart = skipSpace(text, start, equals);
            int nameEnd = trimSpace(text, nameStart, equals);
            // NOTE: a parameter whose name is not a token (RFC 9110 §5.6.6) is skipped: kept, it
            // would print as text that parses back to other parameters.
            if (equals < end && isTokenName(text, nameStart, nameEnd)) {
                String name = lowerCase(text, nameStart, nameEnd);
                int valueStart = skipSpace(text, equals + 1, end);
                int valueEnd = trimSpace(text, valueStart, end);
                String value = valueEnd - valueStart >= 2 && text.charAt(valueStart) == '"'
                        && text.charAt(valueEnd - 1) == '"'
                        ? QuotedString.unquote(text, valueStart, valueEnd)
                        : text.substring(valueStart, valueEnd);
                int existing = indexOf(names, count, name);
                if (existing >= 0) {
                    values[existing] = value;
                } else {
                    if (count == names.length) {
                        names = Arrays.copyOf(names, count * 2);
                        values = Arrays.copyOf(values, count * 2);
                    }
                    names[count] = name;
                    values[count] = value;
                    count++;
                }
            }
            start = end + 1;
        }
        return new MediaType(type, subtype, Arrays.copyOf(names, count), Arrays.copyOf(values, count));
    }

    private static boolean isTokenName(String text, int start, int end) {
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!HttpToken.isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The lower-cased type, such as {@code text}. */
    public String type() {
        return type;
    }

    /** The lower-cased subtype, such as {@code html}. */
    public String subtype() {
        return subtype;
    }

    /** {@code type/subtype}, without parameters. */
    public String essence() {
        return essence;
    }

    /** The {@code charset} parameter as written, or {@code null}. */
    public String charset() {
        return parameter("charset");
    }

    /** The value of a parameter (its name is matched ignoring case), or {@code null}. */
    public String parameter(String name) {
        for (int i = 0; i < parameterNames.length; i++) {
            if (parameterNames[i].equalsIgnoreCase(name)) {
                return parameterValues[i];
            }
        }
        return null;
    }

    /** How many parameters there are. */
    public int parameterCount() {
        return parameterNames.length;
    }

    /** The lower-cased name of the parameter at {@code index}, in the order written. */
    public String parameterName(int index) {
        return parameterNames[index];
    }

    /** The unquoted value of the parameter at {@code index}. */
    public String parameterValue(int index) {
        return parameterValues[index];
    }

    /** This media type without its parameter named {@code name}, or itself when it has none. */
    MediaType withoutParameter(String name) {
        int index = indexOf(parameterNames, parameterNames.length, name);
        if (index < 0) {
            return this;
        }
        String[] names = new String[parameterNames.length - 1];
        String[] values = new String[names.length];
        for (int i = 0, j = 0; i < parameterNames.length; i++) {
            if (i != index) {
                names[j] = parameterNames[i];
                values[j++] = parameterValues[i];
            }
        }
        return new MediaType(type, subtype, names, values);
    }

    /** The header form: the essence, then each parameter, quoted where it is not a token. */
    @Override
    public String toString() {
        if (parameterNames.length == 0) {
            return essence;
        }
        StringBuilder out = new StringBuilder(essence);
        for (int i = 0; i < parameterNames.length; i++) {
            out.append("; ").append(parameterNames[i]).append('=');
            String value = parameterValues[i];
            out.append(HttpToken.isToken(value) ? value : QuotedString.quote(value));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MediaType that && essence.equals(that.essence)
                && Arrays.equals(parameterNames, that.parameterNames)
                && Arrays.equals(parameterValues, that.parameterValues);
    }

    @Override
    public int hashCode() {
        return essence.hashCode() * 31 + Arrays.hashCode(parameterValues);
    }

    /** The index of the {@code ;} that ends the part starting at {@code start}, skipping quoted-strings. */
    private static int parameterEnd(String text, int start, int length) {
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i;
            }
            if (c == '"') {
                int closed = QuotedString.end(text, i, length);
                if (closed < 0) {
                    return length;
                }
                i = closed - 1;
            }
        }
        return length;
    }

    private static int indexOf(String[] names, int count, String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String lowerCase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return text.substring(start, end).toLowerCase(Locale.ROOT);
            }
        }
        return text.substring(start, end);
    }

    static int skipSpace(String text, int start, int end) {
        int i = start;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimSpace(String text, int start, int end) {
        int i = end;
        while (i > start && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
