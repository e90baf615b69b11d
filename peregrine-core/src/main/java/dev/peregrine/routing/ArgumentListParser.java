package dev.peregrine.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a converter's argument list, such as {@code 4, min=1, name="x"}, the way Python reads
 * call arguments: positional values, then {@code name=value} pairs, an optional trailing comma.
 * Runs once per field when a route is added, never per request.
 */
final class ArgumentListParser {

    private final String source;
    private int position;

    ArgumentListParser(String source) {
        this.source = source;
    }

    ConverterArguments parse() {
        List<Object> positional = new ArrayList<>();
        Map<String, Object> named = new LinkedHashMap<>();
        skipWhitespace();
        while (position < source.length()) {
            int argumentStart = position;
            String name = nameBeforeEquals();
            if (name != null) {
                if (named.containsKey(name)) {
                    position = argumentStart;
                    throw error("argument '" + name + "' is given twice");
                }
                named.put(name, value());
            } else if (!named.isEmpty()) {
                throw error("a positional argument follows a named one; put positional arguments first");
            } else {
                positional.add(value());
            }
            skipWhitespace();
            if (position < source.length()) {
                expect(',');
                skipWhitespace();
            }
        }
        if (positional.isEmpty() && named.isEmpty()) {
            return ConverterArguments.none();
        }
        return new ConverterArguments(null, Collections.unmodifiableList(positional),
                Collections.unmodifiableMap(named));
    }

    /** Reads {@code name =} when it is there; otherwise stays put and returns {@code null}. */
    private String nameBeforeEquals() {
        int start = position;
        int end = start;
        while (end < source.length() && Identifier.isPart(source.charAt(end))) {
            end++;
        }
        if (end == start || !Identifier.isStart(source.charAt(start))) {
            return null;
        }
        int afterName = end;
        while (afterName < source.length() && Character.isWhitespace(source.charAt(afterName))) {
            afterName++;
        }
        if (afterName == source.length() || source.charAt(afterName) != '=') {
            return null;
        }
        position = afterName + 1;
        skipWhitespace();
        return source.substring(start, end);
    }

    private Object value() {
        if (position == source.length()) {
            throw error("a value is missing");
        }
        char first = source.charAt(position);
        if (first == '"' || first == '\'') {
            return quoted(first);
        }
        if (first == '+' || first == '-' || first == '.' || isDigit(first)) {
            return number();
        }
        if (Identifier.isStart(first)) {
            return word();
        }
        throw error("expected a value (a number, a quoted string, true, false or null), found '" + first + "'");
    }

    private String quoted(char quote) {
        int start = position;
        StringBuilder text = new StringBuilder();
        position++;
        while (position < source.length()) {
            char c = source.charAt(position++);
            if (c == quote) {
                return text.toString();
            }
            if (c == '\\' && position < source.length()) {
                char escaped = source.charAt(position++);
                switch (escaped) {
                    case '\\', '\'', '"' -> text.append(escaped);
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    // NOTE: as in Python, an unknown escape keeps its backslash, so regular
                    // expressions read naturally: re("\d+") is the pattern \d+.
                    default -> text.append('\\').append(escaped);
                }
            } else {
                text.append(c);
            }
        }
        position = start;
        throw error("the string starting here has no closing " + quote);
    }

    private Object number() {
        int start = position;
        if (source.charAt(position) == '+' || source.charAt(position) == '-') {
            position++;
        }
        int digits = skipDigits();
        boolean decimal = false;
        if (position < source.length() && source.charAt(position) == '.') {
            decimal = true;
            position++;
            digits += skipDigits();
        }
        if (digits > 0 && position < source.length() && Character.toLowerCase(source.charAt(position)) == 'e') {
            decimal = true;
            position++;
            if (position < source.length() && (source.charAt(position) == '+' || source.charAt(position) == '-')) {
                position++;
            }
            if (skipDigits() == 0) {
                digits = 0;
            }
        }
        if (digits == 0 || (position < source.length() && Identifier.isPart(source.charAt(position)))) {
            while (position < source.length() && Identifier.isPart(source.charAt(position))) {
                position++;
            }
            String token = source.substring(start, position);
            position = start;
            throw error("'" + token + "' is not a number");
        }
        String text = source.substring(start, position);
        if (decimal) {
            return Double.parseDouble(text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            position = start;
            throw error("integer " + text + " does not fit in 64 bits");
        }
    }

    private Object word() {
        int start = position;
        while (position < source.length() && Identifier.isPart(source.charAt(position))) {
            position++;
        }
        String word = source.substring(start, position);
        return switch (word) {
            case "true", "True" -> Boolean.TRUE;
            case "false", "False" -> Boolean.FALSE;
            case "null", "None" -> null;
            default -> {
                position = start;
                throw error("'" + word + "' is not a value; quote strings, as in \"" + word + "\"");
            }
        };
    }

    private int skipDigits() {
        int start = position;
        while (position < source.length() && isDigit(source.charAt(position))) {
            position++;
        }
        return position - start;
    }

    private void skipWhitespace() {
        while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
            position++;
        }
    }

    private void expect(char expected) {
        if (source.charAt(position) != expected) {
            throw error("expected '" + expected + "', found '" + source.charAt(position) + "'");
        }
        position++;
    }

    private UnacceptableRouteException error(String problem) {
        return new UnacceptableRouteException("cannot read the converter arguments (" + source + ") at column "
                + (position + 1) + ": " + problem);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
