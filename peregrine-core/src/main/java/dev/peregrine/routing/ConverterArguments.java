package dev.peregrine.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments written between a converter's parentheses, as in
 * {@code {id:int(4, min=1, max=9999)}}: positional values first, then named ones, Python style.
 *
 * <p>Values are integers ({@link Long}), decimals ({@link Double}), strings ({@link String},
 * single- or double-quoted), booleans ({@code true}/{@code false}, or Python's {@code True}/
 * {@code False}) and {@code null} (or {@code None}). A factory first {@link #bind binds} the
 * arguments to its parameter names, which rejects unknown or surplus arguments, then reads them
 * with the typed getters:
 * {@snippet :
 * ConverterArguments bound = arguments.bind("int", "num_digits", "min", "max");
 * Long numDigits = bound.integer("num_digits"); // null when not given
 * }
 * Instances are immutable.
 */
public final class ConverterArguments {

    private static final ConverterArguments NONE = new ConverterArguments(null, List.of(), Map.of());

    private final String converter;
    private final List<Object> positional;
    private final Map<String, Object> named;

    /** Takes unmodifiable collections; {@code converter} names the converter once bound, for messages. */
    ConverterArguments(String converter, List<Object> positional, Map<String, Object> named) {
        this.converter = converter;
        this.positional = positional;
        this.named = named;
    }

    /** No arguments, as for {@code {id:int}}. */
    public static ConverterArguments none() {
        return NONE;
    }

    /**
     * Parses an argument list without its parentheses, such as {@code 4, min=1, name="x"}.
     *
     * @throws UnacceptableRouteException naming the position and what was expected there
     */
    public static ConverterArguments parse(String source) {
        return new ArgumentListParser(source).parse();
    }

    /**
     * Binds positional arguments to parameter names in order and checks every named one, as a
     * Python call would; the result has named arguments only.
     *
     * @param converterName the converter's name, for messages
     * @param parameterNames every parameter the converter takes, in positional order
     * @throws UnacceptableRouteException for too many positional arguments, an unknown name, or a
     *     parameter given both by position and by name
     */
    public ConverterArguments bind(String converterName, String... parameterNames) {
        List<String> parameters = Arrays.asList(parameterNames);
        if (positional.size() > parameters.size()) {
            String limit = parameters.isEmpty() ? "no arguments"
                    : "at most " + parameters.size() + (parameters.size() == 1 ? " argument (" : " arguments (")
                            + String.join(", ", parameters) + ")";
            throw new UnacceptableRouteException("converter '" + converterName + "' takes " + limit + " but "
                    + positional.size() + (positional.size() == 1 ? " was" : " were") + " given");
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (int i = 0; i < positional.size(); i++) {
            bound.put(parameters.get(i), positional.get(i));
        }
        for (Map.Entry<String, Object> argument : named.entrySet()) {
            String name = argument.getKey();
            if (!parameters.contains(name)) {
                throw new UnacceptableRouteException("converter '" + converterName + "' has no parameter '" + name
                        + "'; it takes " + (parameters.isEmpty() ? "no arguments" : String.join(", ", parameters)));
            }
            if (bound.containsKey(name)) {
                throw new UnacceptableRouteException("converter '" + converterName + "' got two values for '"
                        + name + "', by position and by name; give it once");
            }
            bound.put(name, argument.getValue());
        }
        return new ConverterArguments(converterName, List.of(), Collections.unmodifiableMap(bound));
    }

    /**
     * Checks that each of these arguments was given and is not {@code null}.
     *
     * @throws UnacceptableRouteException naming the first missing one
     */
    public ConverterArguments require(String... names) {
        for (String name : names) {
            if (named.get(name) == null) {
                throw new UnacceptableRouteException(converterLabel() + " needs argument '" + name + "'");
            }
        }
        return this;
    }

    /** Whether there are no arguments at all. */
    public boolean isEmpty() {
        return positional.isEmpty() && named.isEmpty();
    }

    /** The positional arguments, in order; empty after {@link #bind binding}. */
    public List<Object> positional() {
        return positional;
    }

    /** The named arguments in the order written; after {@link #bind binding}, every argument. */
    public Map<String, Object> named() {
        return named;
    }

    /** A named argument as an integer, or {@code null} when absent or {@code null}. */
    public Long integer(String name) {
        return typed(name, Long.class, "an integer");
    }

    /** A named argument as a decimal (an integer is widened), or {@code null} when absent or {@code null}. */
    public Double decimal(String name) {
        Object value = named.get(name);
        if (value instanceof Long whole) {
            return whole.doubleValue();
        }
        return typed(name, Double.class, "a number");
    }

    /** A named argument as a string, or {@code null} when absent or {@code null}. */
    public String string(String name) {
        return typed(name, String.class, "a quoted string");
    }

    /** A named argument as a boolean, or {@code null} when absent or {@code null}. */
    public Boolean bool(String name) {
        return typed(name, Boolean.class, "true or false");
    }

    private <V> V typed(String name, Class<V> type, String expected) {
        Object value = named.get(name);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        throw new UnacceptableRouteException(converterLabel() + " argument '" + name + "' must be " + expected
                + ", not " + describe(value));
    }

    private String converterLabel() {
        return converter == null ? "converter" : "converter '" + converter + "'";
    }

    private static String describe(Object value) {
        return switch (value) {
            case String text -> "the string \"" + text + "\"";
            case Long whole -> "the integer " + whole;
            case Double decimal -> "the decimal " + decimal;
            case Boolean flag -> "the boolean " + flag;
            default -> String.valueOf(value);
        };
    }

    /** The arguments as they could be written in a template, for example {@code 4, min=1}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Object value : positional) {
            parts.add(literal(value));
        }
        for (Map.Entry<String, Object> argument : named.entrySet()) {
            parts.add(argument.getKey() + "=" + literal(argument.getValue()));
        }
        return String.join(", ", parts);
    }

    private static String literal(Object value) {
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return String.valueOf(value);
    }
}
