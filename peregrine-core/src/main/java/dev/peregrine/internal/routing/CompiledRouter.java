package dev.peregrine.internal.routing;

import dev.peregrine.routing.Converters;
import dev.peregrine.routing.UnacceptableRouteException;
import java.util.List;

/**
 * Maps request paths to targets through URI templates, as Falcon's {@code CompiledRouter} does,
 * with a tree of segments instead of generated code.
 * {@snippet :
 * CompiledRouter<String> router = new CompiledRouter<>(new Converters());
 * router.add("/repos/{org}/{repo}", "repository");
 * MatchedFields fields = new MatchedFields();
 * router.find("/repos/falconry/falcon", fields); // "repository", fields {org=falconry, repo=falcon}
 * }
 *
 * <p>Lookup cost depends on the path's length, not on the number of routes or the order they were
 * added in: at each level the literal segment is a hash lookup, then complex segments (most
 * literal text first) and the field are tried, backtracking when a subtree does not match.
 * {@link #describe()} prints the tree.
 *
 * <p>Add every route first, then find concurrently from any number of threads; adding while
 * others find is not supported.
 *
 * @param <T> what a route leads to, such as a resource
 */
public final class CompiledRouter<T> {

    private final Converters converters;
    private final RouteNode root = new RouteNode();
    /**
     * NOTE: also the publication point of the tree: each add writes it last and each find reads it
     * first, so a find sees every route added before it, whichever thread added them.
     */
    private volatile int routeCount;

    /** A router whose templates may use the converters of this registry. */
    public CompiledRouter(Converters converters) {
        this.converters = converters;
    }

    /**
     * Adds a route. A rejected route leaves the router as it was.
     *
     * @param template a URI template such as {@code /things/{id:int}}
     * @param target what {@link #find} returns for matching paths; its {@code toString()} names it
     *     in messages
     * @return the parsed template
     * @throws UnacceptableRouteException when the template is malformed, was added before (unlike
     *     Falcon, which silently replaces the first target), or conflicts with a template added
     *     before; the message names the templates and the fix
     */
    public UriTemplate add(String template, T target) {
        if (target == null) {
            throw new IllegalArgumentException("Route template '" + template + "' needs a target, not null");
        }
        UriTemplate parsed = UriTemplate.parse(template, converters);
        List<TemplateSegment> segments = parsed.segments();
        RouteNode node = root;
        int depth = 0;
        while (depth < segments.size()) {
            TemplateSegment segment = segments.get(depth);
            RouteNode child = node.child(segment);
            if (child == null) {
                RouteNode rival = node.conflictFor(segment);
                if (rival != null) {
                    throw conflict(template, depth, segment, rival);
                }
                break;
            }
            node = child;
            depth++;
        }
        if (depth == segments.size() && node.target() != null) {
            throw new UnacceptableRouteException("Route template '" + template + "' was already added, for "
                    + node.target() + "; adding it again, for " + target + ", would silently replace it. "
                    + "Remove one of the two routes");
        }
        for (; depth < segments.size(); depth++) {
            node = node.addChild(segments.get(depth), template);
        }
        node.setTarget(parsed, target);
        routeCount++;
        return parsed;
    }

    private static UnacceptableRouteException conflict(String template, int depth, TemplateSegment segment,
            RouteNode rival) {
        String rivalText = rival.segment().text();
        String reason = segment instanceof FieldSegment
                ? "segment " + (depth + 1) + " is the field " + segment.text() + " in one and " + rivalText
                        + " in the other, and a level of the route tree holds only one whole-segment field. "
                        + "Write it as " + rivalText + " in both (same name and converter)"
                : "segment " + (depth + 1) + " has the same literal text around its fields in " + segment.text()
                        + " and " + rivalText + ", so no path could choose between them. "
                        + "Write it as " + rivalText + " in both, or change its literal text";
        return new UnacceptableRouteException("Route template '" + template + "' conflicts with '"
                + rival.firstTemplate() + "': " + reason);
    }

    /**
     * Finds the route for a request path.
     *
     * @param rawPath the path without its query string and before percent-decoding, starting with
     *     {@code /} (any number of leading slashes are ignored, as in Falcon); stripping a trailing
     *     slash is the caller's choice. It is split on {@code /} first and each segment decoded
     *     after, so {@code %2F} stays inside its segment.
     * @param fields empty; on a match it receives every field's name, decoded text and converted
     *     value, in template order; otherwise it stays empty
     * @return the target of the matching route, or {@code null} when none matches
     */
    public T find(String rawPath, MatchedFields fields) {
        if (routeCount == 0) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T target = (T) root.match(PathSegments.split(rawPath), 0, fields);
        return target;
    }

    /** How many routes were added. */
    public int size() {
        return routeCount;
    }

    /**
     * The route tree as indented text, one node a line, children in the order they are tried:
     * each node's segment, its kind (literal, field, complex), its fields and converters, and the
     * template and target ending there.
     */
    public String describe() {
        return new RouteTreePrinter(root, routeCount).print();
    }
}
