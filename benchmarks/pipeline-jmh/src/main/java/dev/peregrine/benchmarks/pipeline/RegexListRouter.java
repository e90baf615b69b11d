package dev.peregrine.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive router the compiled one is measured against, after Falcon 0.2's design: each template
 * becomes one anchored regular expression with a named group {@code [^/]+} per field, the routes
 * are kept in a list, and a lookup tries them in the order added until one matches. Its cost grows
 * with the number of routes tried, which is what the comparison shows.
 *
 * @param <T> what a route leads to
 */
public final class RegexListRouter<T> {

    private record RegexRoute<T>(Pattern pattern, List<String> fieldNames, T target) {
    }

    private final List<RegexRoute<T>> routes = new ArrayList<>();

    /**
     * Adds a route. Templates use {@code {name}} fields, several allowed in one segment; the
     * name must be a valid group name (letters and digits, starting with a letter).
     */
    public void add(String template, T target) {
        StringBuilder regex = new StringBuilder("^");
        List<String> fieldNames = new ArrayList<>();
        int literalStart = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Template '" + template + "' has a '{' without its '}'");
            }
            appendLiteral(regex, template.substring(literalStart, open));
            String name = template.substring(open + 1, close);
            fieldNames.add(name);
            regex.append("(?<").append(name).append(">[^/]+)");
            literalStart = close + 1;
            open = template.indexOf('{', literalStart);
        }
        appendLiteral(regex, template.substring(literalStart));
        routes.add(new RegexRoute<>(Pattern.compile(regex.append('$').toString()), List.copyOf(fieldNames), target));
    }

    private static void appendLiteral(StringBuilder regex, String literal) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal));
        }
    }

    /**
     * The target of the first route whose expression matches {@code path}, with its fields put in
     * {@code fields}; {@code null} when none matches.
     */
    public T find(String path, Map<String, String> fields) {
        for (RegexRoute<T> route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                for (String name : route.fieldNames()) {
                    fields.put(name, matcher.group(name));
                }
                return route.target();
            }
        }
        return null;
    }
}
