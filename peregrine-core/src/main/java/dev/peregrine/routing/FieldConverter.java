package dev.peregrine.routing;

/**
 * Converts the text of one URI template field, such as {@code {id:int}}, into a value.
 *
 * <p>A converter decides whether a route matches: when {@link #convert(String)} returns
 * {@code null}, the branch of the route tree that holds the field does not match and the router
 * tries the next one, ending in 404 when none matches. It is never a 400.
 *
 * <p>One instance serves every request of every thread at once, so it must be stateless (or
 * immutable). It should return {@code null} for text it cannot convert rather than throw: an
 * exception escapes the router and becomes a 500. Converters are made by a
 * {@link ConverterFactory} registered with {@link Converters}.
 * {@snippet :
 * FieldConverter lowerCaseOnly = text -> text.equals(text.toLowerCase(Locale.ROOT)) ? text : null;
 * }
 */
public interface FieldConverter {

    /**
     * Converts a field's percent-decoded text.
     *
     * @param text the text the field matched; never {@code null}, possibly empty for a field that
     *     spans a whole empty segment
     * @return the value responders will see, or {@code null} when the text does not fit, so that
     *     the route does not match
     */
    Object convert(String text);

    /**
     * Whether the field takes every remaining segment of the path, as the built-in {@code path}
     * converter does; such a field must be alone in the last segment of its template, and
     * {@link #convert(String)} gets the remaining segments joined with {@code /}.
     */
    default boolean consumesMultipleSegments() {
        return false;
    }

    /**
     * Turns a value back into field text, for building a path from a template (reverse routing).
     * The result is percent-encoded afterwards; the default is {@code String.valueOf(value)}.
     */
    default String format(Object value) {
        return String.valueOf(value);
    }
}
