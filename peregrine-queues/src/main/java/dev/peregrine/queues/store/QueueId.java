package dev.peregrine.queues.store;

import java.util.Objects;

/**
 * A queue's identity: the project it belongs to ({@code X-Project-ID}; the empty string for none)
 * and its name. Queues of different projects never mix, whatever their names.
 *
 * @param project the project id, at most 256 characters; empty for queues without a project
 * @param name the queue name: {@code [a-zA-Z0-9_.-]}, at most 64 characters
 */
public record QueueId(String project, String name) {

    /** @throws NullPointerException when either part is null */
    public QueueId {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(name, "name");
    }
}
