package dev.peregrine.benchmarks.pipeline;

/**
 * One endpoint of the benchmark contract as {@link PipelineBenchmark} requests it: the target,
 * and the answer that shows the app really served it.
 *
 * @param target       the request-target
 * @param status       the expected status
 * @param bodyStart    how the body must begin
 * @param minimumBytes the smallest body length accepted
 */
record EndpointRequest(String target, int status, String bodyStart, int minimumBytes) {

    /** The request for a benchmark parameter value, such as {@code messages64k}. */
    static EndpointRequest named(String endpoint) {
        return switch (endpoint) {
            case "plaintext" -> new EndpointRequest("/plaintext", 200, "Hello, World!", 13);
            case "json" -> new EndpointRequest("/json", 200, "{\"message\":\"Hello, World!\"}", 27);
            case "messages" -> new EndpointRequest("/queues/demo/messages", 200,
                    "{\"messages\":[{\"id\":\"msg-0000\"", 1000);
            case "messages64k" -> new EndpointRequest("/queues/demo/messages?size=64k", 200,
                    "{\"messages\":[{\"id\":\"msg-0000\"", 64_000);
            case "empty" -> new EndpointRequest("/queues/demo/empty", 204, "", 0);
            case "compare" -> new EndpointRequest("/repos/falconry/falcon/compare/3.1.3...4.0.0", 200,
                    "{\"org\":\"falconry\",\"repo\":\"falcon\",\"a\":\"3.1.3\",\"b\":\"4.0.0\"}", 58);
            default -> throw new IllegalArgumentException("Unknown endpoint '" + endpoint
                    + "': use plaintext, json, messages, messages64k, empty or compare");
        };
    }

    /** Whether {@code body} is the answer this endpoint gives. */
    boolean accepts(String body) {
        return body.startsWith(bodyStart) && body.length() >= minimumBytes;
    }
}
