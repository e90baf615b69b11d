package dev.peregrine.internal.routing;

/**
 * A segment that is exactly one field, such as {@code {id:int}}; it matches any path segment its
 * converter accepts, the empty one included, as in Falcon. When the converter
 * {@linkplain TemplateField#consumesRest() consumes the rest}, it matches every remaining segment.
 *
 * @param text the segment as written
 * @param field the field
 */
record FieldSegment(String text, TemplateField field) implements TemplateSegment {
}
