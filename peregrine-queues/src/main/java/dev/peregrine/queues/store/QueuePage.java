package dev.peregrine.queues.store;

import java.util.List;

/**
 * A page of a project's queues, in name order.
 *
 * @param queues the queues
 * @param nextMarker the last queue's name, which starts the next page; {@code null} when the page is empty
 */
public record QueuePage(List<QueueSummary> queues, String nextMarker) {
}
