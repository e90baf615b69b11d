package dev.peregrine.queues.store;

/**
 * What a message listing asks for.
 *
 * @param marker where the previous page ended ({@link MessagePage#nextMarker()}), or {@code null}
 *     to start from the oldest message
 * @param limit the most messages to return, at least 1
 * @param clientId the caller's {@code Client-ID}
 * @param echo whether the caller's own messages are included
 * @param includeClaimed whether messages a live claim holds are included
 * @param includeDelayed whether messages still delayed are included
 */
public record ListQuery(String marker, int limit, String clientId, boolean echo, boolean includeClaimed,
        boolean includeDelayed) {
}
