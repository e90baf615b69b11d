package dev.peregrine.internal.routing;

import dev.peregrine.routing.FieldConverter;

/**
 * One field of a URI template, such as {@code {id:int(min=1)}}: its name, its text as written
 * and its converter, if it has one.
 *
 * @param name the field's name
 * @param source the field as written, braces included, for messages and printing
 * @param converterName the converter's name, or {@code null}
 * @param converter the converter, or {@code null} for a field without one, whose value is its text
 */
record TemplateField(String name, String source, String converterName, FieldConverter converter) {

    /** Whether the field takes every remaining segment, as {@code path} does. */
    boolean consumesRest() {
        return converter != null && converter.consumesMultipleSegments();
    }

    /** The field's value for this text, or {@code null} when the converter rejects it. */
    Object convert(String text) {
        return converter == null ? text : converter.convert(text);
    }

    /** A value turned back into field text, not yet percent-encoded. */
    String format(Object value) {
        return converter == null ? String.valueOf(value) : converter.format(value);
    }
}
