package dev.peregrine.bench.queues;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.FullHttpResponse;
import java.util.random.RandomGenerator;

/**
 * zaqar-bench's observer: lists up to {@code -lno} messages of a random queue per request, claimed
 * ones included unless {@code --observer-include-claimed false}, and keeps each queue's next marker so
 * that its next listing of that queue continues where this one ended.
 */
final class Observer implements Actor {
    private final ZaqarRequests requests;
    private final String[] paths;
    /** By queue: the marker of the next page, already URL-encoded as the server wrote it, or null. */
    private final String[] markers;
    private final ActorRequest[] firstPages;

    Observer(BenchOptions options, ZaqarRequests requests) {
        this.requests = requests;
        this.paths = new String[options.queueCount()];
        this.markers = new String[options.queueCount()];
        this.firstPages = new ActorRequest[options.queueCount()];
        String query = "?limit=" + options.messagesPerList() + (options.observerIncludeClaimed() ? "&include_claimed=true" : "");
        for (int queue = 0; queue < paths.length; queue++) {
            paths[queue] = "/v2/queues/" + options.queueName(queue) + "/messages" + query;
            firstPages[queue] = new ActorRequest(Operation.LIST, queue, requests.get(paths[queue]));
        }
    }

    @Override
    public ActorRequest next(RandomGenerator random) {
        int queue = random.nextInt(paths.length);
        String marker = markers[queue];
        return marker == null ? firstPages[queue]
                : new ActorRequest(Operation.LIST, queue, requests.get(paths[queue] + "&marker=" + marker));
    }

    @Override
    public int answered(ActorRequest request, FullHttpResponse response) {
        if (response.status().code() != 200) {
            return 0;
        }
        JsonNode page = ResponseJson.read(response);
        // NOTE: an empty page has no next link; the marker stays, so later listings see new messages.
        for (JsonNode link : page.path("links")) {
            if ("next".equals(link.path("rel").asText())) {
                String marker = markerOf(link.path("href").asText(""));
                if (marker != null) {
                    markers[request.queue()] = marker;
                }
            }
        }
        return page.path("messages").size();
    }

    /** The {@code marker} parameter of a next link, as written, or null when it has none. */
    static String markerOf(String href) {
        // PERF: indexOf rather than split, which would allocate an array and a string per parameter.
        int query = href.indexOf('?');
        int at = query < 0 ? -1 : href.indexOf("marker=", query);
        while (at >= 0 && href.charAt(at - 1) != '?' && href.charAt(at - 1) != '&') {
            at = href.indexOf("marker=", at + 1);
        }
        if (at < 0) {
            return null;
        }
        int start = at + "marker=".length();
        int end = href.indexOf('&', start);
        String marker = href.substring(start, end < 0 ? href.length() : end);
        return marker.isEmpty() ? null : marker;
    }
}
