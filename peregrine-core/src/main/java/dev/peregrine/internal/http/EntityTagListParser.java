package dev.peregrine.internal.http;

import dev.peregrine.ETag;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the entity-tag lists of {@code If-Match} and {@code If-None-Match} (RFC 9110 §13.1.1),
 * as Falcon's {@code req.if_match}: {@code *} is {@link ETag#ANY}; a single tag may lack quotes;
 * in a list only quoted tags count (commas inside quotes are part of the tag); anything else
 * between them is ignored. Never throws.
 */
public final class EntityTagListParser {

    private EntityTagListParser() {
    }

    /**
     * The entity-tags of a header value, in order.
     *
     * @return {@code [ETag.ANY]} for {@code *}; an empty list for {@code null}, blank or
     *     tag-less values
     */
    public static List<ETag> parse(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return List.of();
        }
        String value = headerValue.strip();
        if (value.equals("*")) {
            return List.of(ETag.ANY);
        }
        if (value.indexOf(',') < 0) {
            return List.of(ETag.parse(value));
        }
        List<ETag> tags = new ArrayList<>(4);
        int pos = 0;
        while (true) {
            int open = value.indexOf('"', pos);
            int close = open < 0 ? -1 : value.indexOf('"', open + 1);
            if (close < 0) {
                return tags;
            }
            boolean weak = open - 2 >= pos && value.charAt(open - 1) == '/'
                    && (value.charAt(open - 2) == 'W' || value.charAt(open - 2) == 'w');
            tags.add(ETag.parse(value.substring(weak ? open - 2 : open, close + 1)));
            pos = close + 1;
        }
    }
}
