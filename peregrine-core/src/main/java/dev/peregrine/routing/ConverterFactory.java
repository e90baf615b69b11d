package dev.peregrine.routing;

/**
 * Makes a {@link FieldConverter} from the arguments written in a template, once per field when
 * the route is added.
 * {@snippet :
 * // {code:prefixed("ISO-")} matches ISO-9001 with the value "9001"
 * converters.register("prefixed", arguments -> {
 *     String prefix = arguments.bind("prefixed", "prefix").string("prefix");
 *     return text -> text.startsWith(prefix) ? text.substring(prefix.length()) : null;
 * });
 * }
 */
@FunctionalInterface
public interface ConverterFactory {

    /**
     * Creates a converter.
     *
     * @param arguments what the template wrote between the converter's parentheses; empty when
     *     there were none. Check them with {@link ConverterArguments#bind(String, String...)}.
     * @return the converter, never {@code null}
     * @throws UnacceptableRouteException (or any {@link IllegalArgumentException}) when the
     *     arguments are not acceptable; the message should say which and why
     */
    FieldConverter create(ConverterArguments arguments);
}
