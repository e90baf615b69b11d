package dev.peregrine.internal.routing;

import dev.peregrine.internal.uri.PercentCodec;
import dev.peregrine.routing.Converters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed URI template such as {@code /repos/{org}/{repo}/commits/{sha:int(min=1)}}: its
 * segments, its fields in template order, and the way back from field values to a path.
 * {@snippet :
 * UriTemplate template = UriTemplate.parse("/files/{owner}/{name:path}", new Converters());
 * template.expand(Map.of("owner", "ann lee", "name", "a/b c.txt")); // "/files/ann%20lee/a/b%20c.txt"
 * }
 * Instances are immutable.
 */
public final class UriTemplate {

    private final String text;
    private final List<TemplateSegment> segments;
    private final Map<String, TemplateField> fields;

    UriTemplate(String text, List<TemplateSegment> segments, List<TemplateField> fields) {
        this.text = text;
        this.segments = List.copyOf(segments);
        Map<String, TemplateField> byName = new LinkedHashMap<>();
        for (TemplateField field : fields) {
            byName.put(field.name(), field);
        }
        this.fields = Collections.unmodifiableMap(byName);
    }

    /**
     * Parses a template.
     *
     * @throws dev.peregrine.routing.UnacceptableRouteException when it is malformed, saying where
     *     and how to fix it
     */
    public static UriTemplate parse(String template, Converters converters) {
        return new TemplateParser(template, converters).parse();
    }

    /** The template as given. */
    public String text() {
        return text;
    }

    /** The names of its fields, in template order. */
    public List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    List<TemplateSegment> segments() {
        return segments;
    }

    /**
     * Builds a path from field values (reverse routing). Each value is turned into text by its
     * field's converter and percent-encoded, so {@code a/b} becomes {@code a%2Fb}; a {@code path}
     * field keeps its {@code /} separators and has each of its segments encoded. Literal text is
     * encoded as in a URI, so {@code /café} becomes {@code /caf%C3%A9}.
     *
     * @param values a value for every field, by name
     * @throws IllegalArgumentException naming the fields that have no value (or a {@code null} one),
     *     or the names that are not fields of this template
     */
    public String expand(Map<String, ?> values) {
        checkNames(values);
        StringBuilder path = new StringBuilder(text.length() + 16);
        for (TemplateSegment segment : segments) {
            path.append('/');
            switch (segment) {
                case LiteralSegment literal -> path.append(PercentCodec.encodeUri(literal.text()));
                case FieldSegment whole -> appendField(path, whole.field(), values);
                case ComplexSegment complex -> {
                    List<String> literals = complex.literals();
                    List<TemplateField> parts = complex.fields();
                    path.append(PercentCodec.encodeUri(literals.getFirst()));
                    for (int i = 0; i < parts.size(); i++) {
                        appendField(path, parts.get(i), values);
                        path.append(PercentCodec.encodeUri(literals.get(i + 1)));
                    }
                }
            }
        }
        return path.toString();
    }

    private static void appendField(StringBuilder path, TemplateField field, Map<String, ?> values) {
        String formatted = field.format(values.get(field.name()));
        if (!field.consumesRest()) {
            path.append(PercentCodec.encodeValue(formatted));
            return;
        }
        int start = 0;
        for (int slash = formatted.indexOf('/'); slash >= 0; slash = formatted.indexOf('/', start)) {
            path.append(PercentCodec.encodeValue(formatted.substring(start, slash))).append('/');
            start = slash + 1;
        }
        path.append(PercentCodec.encodeValue(formatted.substring(start)));
    }

    private void checkNames(Map<String, ?> values) {
        List<String> missing = new ArrayList<>();
        for (String name : fields.keySet()) {
            if (values.get(name) == null) {
                missing.add(name);
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String name : values.keySet()) {
            if (!fields.containsKey(name)) {
                unknown.add(name);
            }
        }
        if (missing.isEmpty() && unknown.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Cannot expand '" + text + "':");
        if (!missing.isEmpty()) {
            message.append(" no value for ").append(fieldList(missing)).append(';');
        }
        if (!unknown.isEmpty()) {
            message.append(" no field named ").append(fieldList(unknown)).append(';');
        }
        message.append(" its fields are ").append(fields.isEmpty() ? "none" : fieldList(fieldNames()));
        throw new IllegalArgumentException(message.toString());
    }

    private static String fieldList(List<String> names) {
        return "'" + String.join("', '", names) + "'";
    }

    /** The template as given. */
    @Override
    public String toString() {
        return text;
    }
}
