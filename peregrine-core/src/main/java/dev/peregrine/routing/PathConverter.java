package dev.peregrine.routing;

/**
 * The {@code path} converter: the rest of the path, every remaining segment joined with {@code /}.
 *
 * <p>It must be alone in the last segment of its template. With {@code /static/{file:path}},
 * {@code /static/css/site.css} gives {@code css/site.css}, {@code /static/} gives the empty string,
 * and {@code /static} does not match.
 */
final class PathConverter implements FieldConverter {

    static final PathConverter INSTANCE = new PathConverter();

    private PathConverter() {
    }

    /** Makes the converter from {@code path}'s arguments, of which there are none. */
    static PathConverter create(ConverterArguments arguments) {
        arguments.bind("path");
        return INSTANCE;
    }

    @Override
    public Object convert(String text) {
        return text;
    }

    @Override
    public boolean consumesMultipleSegments() {
        return true;
    }
}
