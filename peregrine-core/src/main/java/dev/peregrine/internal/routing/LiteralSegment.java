package dev.peregrine.internal.routing;

/**
 * A segment without fields, such as {@code users}; it matches a path segment equal to it,
 * case-sensitively, after percent-decoding. The empty literal is the root template {@code /} and
 * the last segment of a template ending in {@code /}.
 *
 * @param text the segment as written
 */
record LiteralSegment(String text) implements TemplateSegment {
}
