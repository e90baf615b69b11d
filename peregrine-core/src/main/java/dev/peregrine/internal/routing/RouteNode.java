package dev.peregrine.internal.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of the route tree: a template segment at one depth, the children that may follow it,
 * and the target of the template that ends here, if any.
 *
 * <p>Children are tried in a fixed order that does not depend on the order routes were added in:
 * the literal child equal to the path segment (a hash lookup, however many literals there are),
 * then complex children, most literal text first, then the one whole-segment field. When a
 * child's subtree does not match, the next child is tried, with the fields it captured undone.
 */
final class RouteNode {

    private static final RouteNode[] NO_NODES = {};

    private final TemplateSegment segment;
    private final String firstTemplate;
    /** The field when the segment is exactly one field, else {@code null}. */
    private final TemplateField wholeField;
    /** The segment when it is complex, else {@code null}. */
    private final ComplexSegment complexSegment;

    private Map<String, RouteNode> literalChildren;
    private RouteNode[] complexChildren = NO_NODES;
    private RouteNode fieldChild;
    private UriTemplate template;
    private Object target;

    /** The root: no segment, the parent of every first segment. */
    RouteNode() {
        this(null, null);
    }

    private RouteNode(TemplateSegment segment, String firstTemplate) {
        this.segment = segment;
        this.firstTemplate = firstTemplate;
        this.wholeField = segment instanceof FieldSegment whole ? whole.field() : null;
        this.complexSegment = segment instanceof ComplexSegment complex ? complex : null;
    }

    // ---- Matching --------------------------------------------------------------------------

    /**
     * The target of the route matching {@code path} from {@code level} on, below this node, or
     * {@code null}; captured fields are appended to {@code fields}, and only on a match.
     */
    Object match(String[] path, int level, MatchedFields fields) {
        if (level == path.length) {
            return target;
        }
        String text = path[level];
        if (literalChildren != null) {
            RouteNode literal = literalChildren.get(text);
            if (literal != null) {
                Object found = literal.match(path, level + 1, fields);
                if (found != null) {
                    return found;
                }
            }
        }
        int mark = fields.size();
        for (RouteNode complex : complexChildren) {
            if (complex.complexSegment.match(text, fields)) {
                Object found = complex.match(path, level + 1, fields);
                if (found != null) {
                    return found;
                }
                fields.truncate(mark);
            }
        }
        return fieldChild == null ? null : fieldChild.matchField(path, level, fields, mark);
    }

    private Object matchField(String[] path, int level, MatchedFields fields, int mark) {
        if (wholeField.consumesRest()) {
            String rest = PathSegments.joinFrom(path, level);
            Object value = wholeField.convert(rest);
            if (value == null) {
                return null;
            }
            fields.add(wholeField.name(), rest, value);
            return target;
        }
        String text = path[level];
        Object value = wholeField.convert(text);
        if (value == null) {
            return null;
        }
        fields.add(wholeField.name(), text, value);
        Object found = match(path, level + 1, fields);
        if (found == null) {
            fields.truncate(mark);
        }
        return found;
    }

    // ---- Building --------------------------------------------------------------------------

    /** The child written exactly as {@code child}, or {@code null}. */
    RouteNode child(TemplateSegment child) {
        return switch (child) {
            case LiteralSegment literal -> literalChildren == null ? null : literalChildren.get(literal.text());
            case FieldSegment whole ->
                    fieldChild != null && fieldChild.segment.text().equals(whole.text()) ? fieldChild : null;
            case ComplexSegment complex -> {
                for (RouteNode existing : complexChildren) {
                    if (existing.segment.text().equals(complex.text())) {
                        yield existing;
                    }
                }
                yield null;
            }
        };
    }

    /**
     * The existing child that a new child written as {@code child} would conflict with, or
     * {@code null}: another whole-segment field, or a complex segment with the same skeleton.
     */
    RouteNode conflictFor(TemplateSegment child) {
        return switch (child) {
            case LiteralSegment _ -> null;
            case FieldSegment _ -> fieldChild;
            case ComplexSegment complex -> {
                for (RouteNode existing : complexChildren) {
                    if (existing.complexSegment.skeleton().equals(complex.skeleton())) {
                        yield existing;
                    }
                }
                yield null;
            }
        };
    }

    /** Adds a child for a segment that has none yet; the caller has ruled out conflicts. */
    RouteNode addChild(TemplateSegment child, String template) {
        RouteNode node = new RouteNode(child, template);
        switch (child) {
            case LiteralSegment literal -> {
                if (literalChildren == null) {
                    literalChildren = new HashMap<>();
                }
                literalChildren.put(literal.text(), node);
            }
            case FieldSegment _ -> fieldChild = node;
            case ComplexSegment complex -> {
                complexChildren = Arrays.copyOf(complexChildren, complexChildren.length + 1);
                complexChildren[complexChildren.length - 1] = node;
                Arrays.sort(complexChildren, (a, b) ->
                        ComplexSegment.MORE_LITERAL_TEXT_FIRST.compare(a.complexSegment, b.complexSegment));
            }
        }
        return node;
    }

    /** Makes this node the end of {@code template}. */
    void setTarget(UriTemplate template, Object target) {
        this.template = template;
        this.target = target;
    }

    // ---- Reading, for messages and printing -------------------------------------------------

    /** The segment, or {@code null} for the root. */
    TemplateSegment segment() {
        return segment;
    }

    /** The template whose adding created this node. */
    String firstTemplate() {
        return firstTemplate;
    }

    /** The template ending here, or {@code null}. */
    UriTemplate template() {
        return template;
    }

    /** The target of the template ending here, or {@code null}. */
    Object target() {
        return target;
    }

    /** The children in the order they are tried, literals sorted by text. */
    List<RouteNode> children() {
        List<RouteNode> children = new ArrayList<>();
        if (literalChildren != null) {
            List<String> texts = new ArrayList<>(literalChildren.keySet());
            texts.sort(null);
            for (String text : texts) {
                children.add(literalChildren.get(text));
            }
        }
        children.addAll(List.of(complexChildren));
        if (fieldChild != null) {
            children.add(fieldChild);
        }
        return children;
    }
}
