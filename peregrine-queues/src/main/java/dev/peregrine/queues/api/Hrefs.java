package dev.peregrine.queues.api;

/**
 * The paths the API links to, built from a queue's name and ids. Names and ids hold only
 * characters a path may hold as they are, so nothing needs encoding.
 */
public final class Hrefs {

    /** The queues collection. */
    public static final String QUEUES = "/v2/queues";

    private Hrefs() {
    }

    /** {@code /v2/queues/<queue>}. */
    public static String queue(String queue) {
        return QUEUES + "/" + queue;
    }

    /** {@code /v2/queues/<queue>/messages}. */
    public static String messages(String queue) {
        return queue(queue) + "/messages";
    }

    /** {@code /v2/queues/<queue>/messages/<id>}, with {@code ?claim_id=<claim>} when {@code claim} is not null. */
    public static String message(String queue, String id, String claim) {
        String href = messages(queue) + "/" + id;
        return claim == null ? href : href + "?claim_id=" + claim;
    }

    /** {@code /v2/queues/<queue>/claims}. */
    public static String claims(String queue) {
        return queue(queue) + "/claims";
    }

    /** {@code /v2/queues/<queue>/claims/<claim>}. */
    public static String claim(String queue, String claim) {
        return claims(queue) + "/" + claim;
    }
}
