package dev.peregrine.queues.api;

import dev.peregrine.QueryString;
import java.util.List;

/**
 * A link of a listing's {@code "links"}, as Zaqar writes it: {@code {"rel": "next", "href": ...}}.
 *
 * @param rel the relation, {@code next}
 * @param href the path and query of the next page
 */
public record PageLink(String rel, String href) {

    /** The {@code links} of a page followed by {@code href}. */
    public static List<PageLink> next(QueryString href) {
        return List.of(new PageLink("next", href.toString()));
    }
}
