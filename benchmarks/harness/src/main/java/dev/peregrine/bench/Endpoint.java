package dev.peregrine.bench;

import dev.peregrine.benchmarks.peers.model.Comparison;
import dev.peregrine.benchmarks.peers.model.Greeting;
import dev.peregrine.benchmarks.peers.model.QueueListing;

/**
 * The endpoints every peer serves identically, each with the answer it must give: the JSON answers
 * are the shared answer records ({@code benchmarks/peer-model}) the JVM peers serialize.
 *
 * <p>A {@code null} media type means none is checked (the 204 has no body to describe); a text
 * body is compared byte for byte, a JSON body as values.
 */
public enum Endpoint {
    /** A fixed greeting as plain text. */
    PLAINTEXT("plaintext", "/plaintext", 200, "text/plain", Greeting.HELLO, false),
    /** A one-field object serialized per request. */
    JSON("json", "/json", 200, "application/json", ContractJson.of(Greeting.hello()), true),
    /** The 11-message queue listing, about 1 KiB. */
    QUEUE_1K("queue-1k", "/queues/demo/messages", 200, "application/json",
            ContractJson.of(QueueListing.build(QueueListing.SMALL_COUNT)), true),
    /** The 700-message queue listing, about 76 KB compact. */
    QUEUE_64K("queue-64k", "/queues/demo/messages?size=" + QueueListing.LARGE_SIZE_PARAM, 200, "application/json",
            ContractJson.of(QueueListing.build(QueueListing.LARGE_COUNT)), true),
    /** An empty 204. */
    EMPTY("empty", "/queues/demo/empty", 204, null, "", false),
    /** Several fields in one segment, on an app with 100 routes. */
    COMPARE("compare", "/repos/peregrine/bench/compare/main...topic", 200, "application/json",
            ContractJson.of(new Comparison("peregrine", "bench", "main", "topic")), true);

    private final String label;
    private final String path;
    private final int status;
    private final String mediaType;
    private final String body;
    private final boolean json;

    Endpoint(String label, String path, int status, String mediaType, String body, boolean json) {
        this.label = label;
        this.path = path;
        this.status = status;
        this.mediaType = mediaType;
        this.body = body;
        this.json = json;
    }

    /** Returns the short name used in reports and on the command line, for example {@code queue-1k}. */
    public String label() {
        return label;
    }

    /** Returns the request target, query included. */
    public String path() {
        return path;
    }

    /** Returns the status the answer must have. */
    public int status() {
        return status;
    }

    /** Returns the media type the answer's Content-Type must name, or {@code null} when none is checked. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns the expected body: exact text, or JSON text to compare as values. */
    public String body() {
        return body;
    }

    /** Returns whether the body is JSON, compared as values rather than as bytes. */
    public boolean json() {
        return json;
    }

    /**
     * Returns the endpoint with this label.
     *
     * @param label a label such as {@code json} or {@code queue-64k}
     * @return the endpoint
     * @throws IllegalArgumentException naming the known labels when none matches
     */
    public static Endpoint byLabel(String label) {
        StringBuilder known = new StringBuilder();
        for (Endpoint endpoint : values()) {
            if (endpoint.label.equals(label)) {
                return endpoint;
            }
            known.append(known.isEmpty() ? "" : ", ").append(endpoint.label);
        }
        throw new IllegalArgumentException("Unknown endpoint '" + label + "'; use one of: " + known + ".");
    }
}
