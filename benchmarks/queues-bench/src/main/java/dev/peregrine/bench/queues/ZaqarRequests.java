package dev.peregrine.bench.queues;

import dev.peregrine.bench.loadgen.TargetRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Encodes one actor's requests as HTTP/1.1 bytes with the headers every Zaqar v2 request needs:
 * its own {@code Client-ID} (a UUID, as Zaqar's strict default demands), {@code X-Project-ID}, and
 * {@code X-Auth-Token} when a token is given. The encoding is the load generator's
 * {@link TargetRequest}.
 *
 * <p>PERF: producers' posts, consumers' claims and observers' first pages are encoded once, when the
 * actor is made; only deletes (each names its message and claim) and listings after a marker are
 * encoded per request.
 */
final class ZaqarRequests {
    private static final byte[] NO_BODY = new byte[0];

    private final String base;
    private final List<String> headers;
    private final List<String> jsonHeaders;

    ZaqarRequests(BenchOptions options, UUID clientId) {
        this.base = options.base();
        List<String> common = new ArrayList<>();
        common.add("Client-ID: " + clientId);
        common.add("X-Project-ID: " + options.project());
        common.add("Accept: application/json");
        options.token().ifPresent(token -> common.add("X-Auth-Token: " + token));
        this.headers = List.copyOf(common);
        common.add("Content-Type: application/json");
        this.jsonHeaders = List.copyOf(common);
    }

    /** {@code GET path}, the path carrying its query. */
    byte[] get(String path) {
        return TargetRequest.of("GET", base + path, headers, NO_BODY).bytes();
    }

    /** {@code DELETE path}, the path carrying its query. */
    byte[] delete(String path) {
        return TargetRequest.of("DELETE", base + path, headers, NO_BODY).bytes();
    }

    /** {@code POST path} with a JSON body. */
    byte[] post(String path, byte[] json) {
        return TargetRequest.of("POST", base + path, jsonHeaders, json).bytes();
    }

    /** {@code POST path} with a JSON body given as text. */
    byte[] post(String path, String json) {
        return post(path, json.getBytes(StandardCharsets.UTF_8));
    }
}
