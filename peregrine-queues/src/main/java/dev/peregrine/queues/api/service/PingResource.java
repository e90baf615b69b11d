package dev.peregrine.queues.api.service;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.queues.store.QueueStore;

/**
 * {@code GET|HEAD /v2/ping}: 204 when the store answers, 503 when it does not. NOTE: Zaqar's
 * HEAD answers 204 without asking the store; here HEAD is GET without a body, so a load balancer
 * probing with HEAD learns the truth too.
 */
public final class PingResource {

    private final QueueStore store;

    /** The ping of {@code store}. */
    public PingResource(QueueStore store) {
        this.store = store;
    }

    /** Pings the store; its failure is answered by the store's error handler (503). */
    public void onGet(Request req, Response resp) {
        store.ping();
        resp.status(204);
    }
}
