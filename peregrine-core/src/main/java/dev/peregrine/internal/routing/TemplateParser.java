package dev.peregrine.internal.routing;

import dev.peregrine.routing.Converters;
import dev.peregrine.routing.FieldConverter;
import dev.peregrine.routing.Identifier;
import dev.peregrine.routing.UnacceptableRouteException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a URI template into its segments and fields, rejecting what Falcon rejects: no leading
 * {@code /}, an empty segment ({@code //}), whitespace outside fields, field names that are not
 * identifiers or are used twice, {@code {a:}}, unknown converters and arguments they refuse, and a
 * {@code path} field that is not alone in the last segment.
 *
 * <p>Unlike Falcon, fields are read with a small parser instead of a regular expression, so quoted
 * converter arguments may hold braces and slashes, as in {@code {code:re("[a-z]{2,3}")}}
 * (Falcon issue #2062).
 */
final class TemplateParser {

    private final String template;
    private final Converters converters;
    private final List<TemplateField> fields = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int position;

    TemplateParser(String template, Converters converters) {
        this.template = template;
        this.converters = converters;
    }

    UriTemplate parse() {
        if (template.isEmpty() || template.charAt(0) != '/') {
            throw fail("must start with '/'; write '/" + template + "'");
        }
        List<TemplateSegment> segments = new ArrayList<>();
        position = 1;
        while (true) {
            int start = position;
            TemplateSegment segment = segment();
            segments.add(segment);
            if (position == template.length()) {
                break;
            }
            if (segment.text().isEmpty()) {
                throw fail("has an empty segment ('//') at index " + (start - 1) + "; remove the extra '/'");
            }
            position++;
        }
        for (int i = 0; i < segments.size() - 1; i++) {
            if (segments.get(i) instanceof FieldSegment whole && whole.field().consumesRest()) {
                throw fail("has field " + whole.text() + ", which takes the rest of the path, before other "
                        + "segments; make it the last segment or use a converter that takes one segment");
            }
        }
        return new UriTemplate(template, segments, fields);
    }

    /** Reads one segment, up to the next {@code /} outside a field or the end. */
    private TemplateSegment segment() {
        int start = position;
        int literalStart = position;
        List<String> literals = new ArrayList<>();
        List<TemplateField> segmentFields = new ArrayList<>();
        while (position < template.length() && template.charAt(position) != '/') {
            char c = template.charAt(position);
            if (c == '{') {
                literals.add(template.substring(literalStart, position));
                segmentFields.add(field());
                literalStart = position;
            } else if (c == '}') {
                throw fail("has a '}' at index " + position + " that closes no field; remove it or add the '{'");
            } else if (Character.isWhitespace(c)) {
                throw fail("has whitespace at index " + position + ", outside any field; remove it or "
                        + "percent-encode it (a space is %20)");
            } else {
                position++;
            }
        }
        literals.add(template.substring(literalStart, position));
        String text = template.substring(start, position);
        if (segmentFields.isEmpty()) {
            return new LiteralSegment(text);
        }
        if (segmentFields.size() == 1 && text.equals(segmentFields.getFirst().source())) {
            return new FieldSegment(text, segmentFields.getFirst());
        }
        for (TemplateField field : segmentFields) {
            if (field.consumesRest()) {
                throw fail("has field " + field.source() + ", which takes whole segments, in segment '" + text
                        + "' with other text; give it a segment of its own");
            }
        }
        return new ComplexSegment(text, literals, segmentFields);
    }

    /** Reads {@code {name}}, {@code {name:converter}} or {@code {name:converter(arguments)}}. */
    private TemplateField field() {
        int start = position;
        position++;
        String name = upTo(start, ":}");
        if (!Identifier.isValid(name)) {
            throw fail("has field name '" + name + "', which is not an identifier; use letters, digits and '_', "
                    + "starting with a letter or '_'");
        }
        if (!names.add(name)) {
            throw fail("uses field name '" + name + "' twice; give each field its own name");
        }
        String converterName = null;
        FieldConverter converter = null;
        if (template.charAt(position) == ':') {
            position++;
            converterName = upTo(start, "(}");
            if (converterName.isEmpty()) {
                throw fail("has no converter after the ':' of field '" + name + "'; name one, as in {" + name
                        + ":int}, or drop the ':'");
            }
            String arguments = "";
            if (template.charAt(position) == '(') {
                arguments = arguments(start);
                if (position == template.length() || template.charAt(position) != '}') {
                    throw fail("has text after the ')' of field '" + name + "' at index " + position
                            + "; the field must end right after its arguments, with '}'");
                }
            }
            converter = converter(name, converterName, arguments);
        }
        position++;
        TemplateField field = new TemplateField(name, template.substring(start, position), converterName, converter);
        fields.add(field);
        return field;
    }

    /** Reads up to one of the {@code stops} inside the field opened at {@code fieldStart}. */
    private String upTo(int fieldStart, String stops) {
        int start = position;
        while (position < template.length() && stops.indexOf(template.charAt(position)) < 0
                && template.charAt(position) != '/' && template.charAt(position) != '{') {
            position++;
        }
        if (position == template.length() || stops.indexOf(template.charAt(position)) < 0) {
            throw unclosed(fieldStart);
        }
        return template.substring(start, position);
    }

    /** Reads a parenthesized argument list, skipping quoted strings, and returns what is inside. */
    private String arguments(int fieldStart) {
        int open = position;
        position++;
        while (position < template.length() && template.charAt(position) != ')') {
            char c = template.charAt(position++);
            if (c == '"' || c == '\'') {
                while (position < template.length() && template.charAt(position) != c) {
                    position += template.charAt(position) == '\\' ? 2 : 1;
                }
                if (position >= template.length()) {
                    throw fail("has a string in the field at index " + fieldStart + " that is never closed; "
                            + "end it with " + c);
                }
                position++;
            }
        }
        if (position == template.length()) {
            throw fail("has a '(' at index " + open + " without its ')'; close the converter arguments");
        }
        position++;
        return template.substring(open + 1, position - 1);
    }

    private FieldConverter converter(String field, String name, String arguments) {
        if (!Identifier.isValid(name)) {
            throw fail("has converter name '" + name + "' in field '" + field + "', which is not an identifier; "
                    + "write {" + field + ":int} or another registered converter");
        }
        try {
            return converters.create(name, arguments);
        } catch (UnacceptableRouteException rejected) {
            throw new UnacceptableRouteException("Route template '" + template + "', field '" + field + "': "
                    + rejected.getMessage(), rejected);
        }
    }

    private UnacceptableRouteException unclosed(int fieldStart) {
        return fail("has a '{' at index " + fieldStart + " without its closing '}'; close the field or remove it");
    }

    private UnacceptableRouteException fail(String problem) {
        return new UnacceptableRouteException("Route template '" + template + "' " + problem);
    }
}
