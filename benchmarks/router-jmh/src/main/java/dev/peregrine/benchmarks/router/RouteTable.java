package dev.peregrine.benchmarks.router;

import dev.peregrine.internal.routing.CompiledRouter;
import dev.peregrine.routing.Converters;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic route table of a REST API, of any multiple of ten routes: each resource has ten
 * routes under the shared prefix {@code /api/v1}, mixing literal segments, single fields with and
 * without converters, a multi-field segment with converters and a trailing {@code path} field.
 * At 1,000 routes, {@code /api/v1} has 100 literal children, one per resource.
 * {@snippet lang=text :
 * /api/v1/resource7                                                             resource7.collection
 * /api/v1/resource7/search                                                      resource7.search
 * /api/v1/resource7/by-uuid/{uuid:uuid}                                         resource7.byUuid
 * /api/v1/resource7/{id:int}                                                    resource7.item
 * /api/v1/resource7/{id:int}/history                                            resource7.history
 * /api/v1/resource7/{id:int}/history/{from:dt("uuuu-MM-dd")}..{to:dt("uuuu-MM-dd")}  resource7.historyRange
 * /api/v1/resource7/{id:int}/files/{name}.{ext}                                 resource7.file
 * /api/v1/resource7/{id:int}/raw/{file:path}                                    resource7.raw
 * /api/v1/resource7/{id:int}/tags/{tag}                                         resource7.tag
 * /api/v1/resource7/{id:int}/tags/{tag}/versions/{version:int(min=1)}           resource7.tagVersion
 * }
 */
public final class RouteTable {

    /** How many routes each resource contributes. */
    public static final int ROUTES_PER_RESOURCE = 10;

    /**
     * One route of the table.
     *
     * @param template the URI template
     * @param target the name the router returns for it, such as {@code resource7.item}
     */
    public record Route(String template, String target) {
    }

    private RouteTable() {
    }

    /** The routes of a table of {@code size} routes, in the order they are added. */
    public static List<Route> routes(int size) {
        if (size <= 0 || size % ROUTES_PER_RESOURCE != 0) {
            throw new IllegalArgumentException("Route table size must be a positive multiple of "
                    + ROUTES_PER_RESOURCE + ", not " + size);
        }
        List<Route> routes = new ArrayList<>(size);
        for (int resource = 0; resource < size / ROUTES_PER_RESOURCE; resource++) {
            String name = resourceName(resource);
            String base = "/api/v1/" + name;
            routes.add(new Route(base, name + ".collection"));
            routes.add(new Route(base + "/search", name + ".search"));
            routes.add(new Route(base + "/by-uuid/{uuid:uuid}", name + ".byUuid"));
            routes.add(new Route(base + "/{id:int}", name + ".item"));
            routes.add(new Route(base + "/{id:int}/history", name + ".history"));
            routes.add(new Route(base + "/{id:int}/history/{from:dt(\"uuuu-MM-dd\")}..{to:dt(\"uuuu-MM-dd\")}",
                    name + ".historyRange"));
            routes.add(new Route(base + "/{id:int}/files/{name}.{ext}", name + ".file"));
            routes.add(new Route(base + "/{id:int}/raw/{file:path}", name + ".raw"));
            routes.add(new Route(base + "/{id:int}/tags/{tag}", name + ".tag"));
            routes.add(new Route(base + "/{id:int}/tags/{tag}/versions/{version:int(min=1)}", name + ".tagVersion"));
        }
        return routes;
    }

    /** A router holding the table of {@code size} routes. */
    public static CompiledRouter<String> router(int size) {
        CompiledRouter<String> router = new CompiledRouter<>(new Converters());
        for (Route route : routes(size)) {
            router.add(route.template(), route.target());
        }
        return router;
    }

    /** The literal segment of the resource with this number, such as {@code resource7}. */
    public static String resourceName(int resource) {
        return "resource" + resource;
    }
}
