package dev.peregrine.internal.pipeline;

import dev.peregrine.internal.routing.MatchedFields;
import dev.peregrine.Responder;
import dev.peregrine.Sink;
import dev.peregrine.internal.HttpMethods;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sink and the path prefix pattern that routes to it; every method goes to the sink. */
public final class SinkRoute {

    private final Pattern prefix;
    private final String[] groupNames;
    private final int[] groupIndexes;
    private final Route route;

    public SinkRoute(Pattern prefix, Sink sink) {
        this.prefix = prefix;
        List<Map.Entry<String, Integer>> groups = new ArrayList<>(prefix.namedGroups().entrySet());
        groups.sort(Comparator.comparing(Map.Entry::getValue));
        this.groupNames = groups.stream().map(Map.Entry::getKey).toArray(String[]::new);
        this.groupIndexes = groups.stream().mapToInt(Map.Entry::getValue).toArray();
        Responder[] responders = new Responder[HttpMethods.COUNT];
        Responder responder = sink::handle;
        Arrays.fill(responders, responder);
        this.route = new Route(null, sink, null, responders, List.of(), null);
    }

    /** The sink's route when {@code path} starts with a match, fields filled from named groups; else {@code null}. */
    public Route match(String path, MatchedFields fields) {
        // NOTE: the user asked for a regex here; routes never use one.
        Matcher matcher = prefix.matcher(path);
        if (!matcher.lookingAt()) {
            return null;
        }
        for (int i = 0; i < groupNames.length; i++) {
            String value = matcher.group(groupIndexes[i]);
            fields.add(groupNames[i], value, value);
        }
        return route;
    }

    public Pattern prefix() {
        return prefix;
    }

    public Object sink() {
        return route.resource();
    }
}
