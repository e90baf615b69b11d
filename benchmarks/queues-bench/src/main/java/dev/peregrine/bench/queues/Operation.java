package dev.peregrine.bench.queues;

/** One kind of request an actor makes; each is timed into a histogram of its own. */
public enum Operation {
    /** {@code POST /v2/queues/{q}/messages} with one message. */
    POST("post"),
    /** {@code POST /v2/queues/{q}/claims?limit=cno}. */
    CLAIM("claim"),
    /** {@code DELETE /v2/queues/{q}/messages/{id}?claim_id=cid}. */
    DELETE("delete"),
    /** {@code GET /v2/queues/{q}/messages?limit=lno&include_claimed=true&marker=m}. */
    LIST("list");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    /** The operation's name in output and JSON keys, e.g. {@code claim} for {@code ms_per_claim}. */
    public String label() {
        return label;
    }
}
