package dev.peregrine.queues.api.messages;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.peregrine.queues.api.Hrefs;
import dev.peregrine.queues.store.StoredMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as the API shows it (Zaqar's {@code format_message}): its id, its href (with
 * {@code ?claim_id=} while a claim holds it), TTL, age and body. The storage fields (claim id and
 * count, client id, position) stay out.
 *
 * @param id the message id
 * @param href its path, with the claim that holds it
 * @param ttl its time to live in seconds
 * @param age seconds since it was posted
 * @param body the body, written out as the JSON text it is stored as
 */
public record MessageView(String id, String href, int ttl, long age, RawValue body) {

    /**
     * The view of {@code message} of queue {@code queue} at {@code now}.
     * PERF: the body goes out as stored, never parsed again.
     */
    public static MessageView of(String queue, StoredMessage message, long now) {
        String claim = message.claimedAt(now) ? message.claimId() : null;
        return new MessageView(message.id(), Hrefs.message(queue, message.id(), claim), message.ttl(),
                message.ageAt(now), new RawValue(message.bodyJson()));
    }

    /** The views of {@code messages} of queue {@code queue} at {@code now}, in order. */
    public static List<MessageView> list(String queue, List<StoredMessage> messages, long now) {
        List<MessageView> views = new ArrayList<>(messages.size());
        for (StoredMessage message : messages) {
            views.add(of(queue, message, now));
        }
        return views;
    }
}
