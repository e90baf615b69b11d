package dev.peregrine.internal.routing;

/**
 * One {@code /}-separated piece of a URI template. Two templates share a route tree node for a
 * segment exactly when they write it with the same {@link #text() text}.
 */
sealed interface TemplateSegment permits LiteralSegment, FieldSegment, ComplexSegment {

    /** The segment as written in the template. */
    String text();
}
