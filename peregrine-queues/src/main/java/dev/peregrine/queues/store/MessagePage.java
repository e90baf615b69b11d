package dev.peregrine.queues.store;

import java.util.List;

/**
 * A page of messages, oldest first.
 *
 * <p>The page holds up to the asked-for number of messages that match the query: messages that do
 * not match (expired, claimed, delayed, the caller's own) are skipped, never counted against the
 * limit, so a short page means the queue has no more matching messages for now. Paging from
 * {@link #nextMarker()} never repeats a message and never skips one that stayed visible.
 *
 * @param messages the messages
 * @param nextMarker the marker of the next page (opaque: the last message's position), or
 *     {@code null} when the page is empty
 */
public record MessagePage(List<StoredMessage> messages, String nextMarker) {
}
