package dev.peregrine.queues.api.queues;

import dev.peregrine.QueryString;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.queues.api.Hrefs;
import dev.peregrine.queues.api.PageLink;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.api.ZaqarErrors;
import dev.peregrine.queues.api.ZaqarHooks;
import dev.peregrine.queues.store.QueuePage;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v2/queues}: a page of the project's queues, in name order.
 *
 * <p>Parameters: {@code marker} (the last name of the previous page), {@code limit},
 * {@code detailed} (with metadata), {@code with_count} (with the project's queue count),
 * {@code name} (names containing it) and, as any other parameter, metadata filters
 * ({@code ?color=red} keeps queues whose metadata has {@code "color": "red"}; a value that reads
 * as an integer matches the integer). The {@code next} link carries every parameter.
 */
public final class QueueListingResource {

    private static final Set<String> PARAMETERS = Set.of("marker", "limit", "detailed", "name", "with_count");
    // NOTE: the store cannot filter, so a filtered listing reads the project's queues in batches
    // and keeps the matches, up to this many queues per request; the next link then resumes after
    // the last queue read, so a client paging on finds every match however sparse they are.
    private static final int FILTER_BATCH = 100;
    private static final int FILTER_SCAN_LIMIT = 1000;

    private final QueueStore store;
    private final QueuesSettings settings;

    /** The listing, over {@code store}. */
    public QueueListingResource(QueueStore store, QueuesSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Answers the page: {@code {"queues": [...], "links": [...]}}, with {@code "count"} when asked for. */
    public void onGet(Request req, Response resp) {
        String project = ZaqarHooks.project(req);
        String marker = req.param("marker");
        Integer limitParam = req.paramAsInt("limit");
        int limit = limitParam == null ? settings.defaultPageSize() : limitParam;
        if (limit < 1 || limit > settings.maxQueuesPerPage()) {
            throw ZaqarErrors.invalidApiRequest("Limit must be at least 1 and no greater than "
                    + settings.maxQueuesPerPage() + ".");
        }
        Boolean detailed = req.paramAsBool("detailed");
        String name = req.param("name");
        Boolean withCount = req.paramAsBool("with_count");
        Map<String, String> filters = metadataFilters(req);
        boolean showMetadata = Boolean.TRUE.equals(detailed);

        List<QueueSummary> queues;
        String next;
        boolean more;
        if (name == null && filters.isEmpty()) {
            QueuePage page = store.listQueues(project, marker, limit, showMetadata);
            queues = page.queues();
            next = page.nextMarker();
            more = false;
        } else {
            queues = new ArrayList<>(limit);
            String cursor = marker;
            int read = 0;
            boolean exhausted = false;
            while (queues.size() < limit && !exhausted && read < FILTER_SCAN_LIMIT) {
                QueuePage page = store.listQueues(project, cursor, FILTER_BATCH, showMetadata || !filters.isEmpty());
                exhausted = page.queues().isEmpty();
                for (QueueSummary queue : page.queues()) {
                    read++;
                    cursor = queue.name();
                    if ((name == null || queue.name().contains(name)) && matches(queue.metadata(), filters)) {
                        queues.add(queue);
                        if (queues.size() == limit) {
                            break;
                        }
                    }
                }
            }
            next = cursor;
            more = !exhausted && queues.size() < limit && cursor != null;
        }

        List<Map<String, Object>> items = new ArrayList<>(queues.size());
        for (QueueSummary queue : queues) {
            Map<String, Object> item = new LinkedHashMap<>(4);
            item.put("name", queue.name());
            item.put("href", Hrefs.queue(queue.name()));
            if (showMetadata) {
                item.put("metadata", QueueMetadata.withDefaults(queue.metadata() == null ? Map.of() : queue.metadata(), settings));
            }
            items.add(item);
        }
        List<PageLink> links = List.of();
        if (!queues.isEmpty() || more) {
            QueryString href = new QueryString(Hrefs.QUEUES).add("marker", next).add("limit", limitParam)
                    .add("detailed", detailed).add("name", name).add("with_count", withCount);
            filters.forEach(href::add);
            links = PageLink.next(href);
        }
        Map<String, Object> body = new LinkedHashMap<>(4);
        body.put("queues", items);
        body.put("links", links);
        if (Boolean.TRUE.equals(withCount)) {
            // NOTE: Zaqar leaves count out when it is 0; the client asked for it, so it is there.
            body.put("count", store.countQueues(project));
        }
        resp.media(body);
    }

    /** The query parameters that are not the listing's own, each a filter on a metadata key. */
    private static Map<String, String> metadataFilters(Request req) {
        Map<String, String> filters = new LinkedHashMap<>();
        req.params().forEach((key, values) -> {
            if (!PARAMETERS.contains(key)) {
                // NOTE: auto_parse_qs_csv split "a,b" into two values; the filter is the text sent.
                filters.put(key, String.join(",", values));
            }
        });
        return filters;
    }

    /** Whether {@code metadata} has each filter's value; one that reads as an integer matches that integer, as in Zaqar. */
    private static boolean matches(Map<String, Object> metadata, Map<String, String> filters) {
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            Object value = metadata == null ? null : metadata.get(filter.getKey());
            Long integer = parseInteger(filter.getValue());
            boolean equal = integer != null
                    ? (value instanceof Long || value instanceof Integer) && ((Number) value).longValue() == integer
                    : filter.getValue().equals(value);
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static Long parseInteger(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
