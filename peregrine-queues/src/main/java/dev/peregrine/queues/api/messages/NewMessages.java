package dev.peregrine.queues.api.messages;

import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.api.ZaqarErrors;
import dev.peregrine.queues.api.json.JsonDocuments;
import dev.peregrine.queues.api.queues.QueueMetadata;
import dev.peregrine.queues.store.NewMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The messages of a POST body, {@code {"messages": [{"body": ..., "ttl": ..., "delay": ...}]}},
 * checked as Zaqar's {@code sanitize} and {@code message_posting} check them and with their texts:
 * first the shape and types of every message, then the ranges.
 */
final class NewMessages {

    private NewMessages() {
    }

    /**
     * The messages to post, bodies as JSON text. A message without {@code ttl} gets the queue's
     * {@code _default_message_ttl}, else the configured default; a message keeps its
     * {@code delay} only when the queue has {@code _default_message_delay} (which it defaults to),
     * as in Zaqar, but the delay is checked either way.
     */
    static List<NewMessage> read(Object document, Map<String, Object> queueMetadata, QueuesSettings settings,
            JsonDocuments json) {
        if (!(document instanceof Map<?, ?> post) || !post.containsKey("messages")) {
            throw ZaqarErrors.invalidApiRequest("No messages were found in the request body.");
        }
        if (!(post.get("messages") instanceof List<?> items)) {
            throw ZaqarErrors.documentTypeNotSupported();
        }
        long queueTtl = QueueMetadata.positive(queueMetadata, QueueMetadata.DEFAULT_MESSAGE_TTL);
        long defaultTtl = queueTtl > 0 ? queueTtl : settings.defaultMessageTtl();
        long queueDelay = QueueMetadata.positive(queueMetadata, QueueMetadata.DEFAULT_MESSAGE_DELAY);

        long[] ttls = new long[items.size()];
        long[] delays = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> message)) {
                // NOTE: Zaqar answers 500 here (zaqar.md §6).
                throw ZaqarErrors.invalidRequestBody("Each message must be a JSON object; message " + i + " is "
                        + kind(items.get(i)) + ".");
            }
            ttls[i] = JsonDocuments.integerField(message, "ttl", defaultTtl);
            if (!message.containsKey("body")) {
                throw ZaqarErrors.invalidRequestBody("Missing \"body\" field.");
            }
            delays[i] = JsonDocuments.integerField(message, "delay", queueDelay);
        }
        if (items.isEmpty()) {
            throw ZaqarErrors.invalidApiRequest("No messages to enqueu.");
        }
        List<NewMessage> messages = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (ttls[i] < QueuesSettings.MIN_MESSAGE_TTL || ttls[i] > settings.maxMessageTtl()) {
                throw ZaqarErrors.invalidApiRequest("The TTL for a message may not exceed " + settings.maxMessageTtl()
                        + " seconds, and must be at least " + QueuesSettings.MIN_MESSAGE_TTL + " seconds long.");
            }
            // NOTE: Zaqar checks a delay only when it keeps it, so 901 passes on a queue without delay (zaqar.md §6).
            if (delays[i] < 0 || delays[i] > settings.maxMessageDelay()) {
                // NOTE: Zaqar's text, the missing space after the comma included.
                throw ZaqarErrors.invalidApiRequest("The Delay TTL for a message may not exceed "
                        + settings.maxMessageDelay() + " seconds,and must be at least 0 seconds long.");
            }
            Object body = ((Map<?, ?>) items.get(i)).get("body");
            messages.add(new NewMessage(json.write(body), (int) ttls[i], queueDelay > 0 ? (int) delays[i] : 0));
        }
        return messages;
    }

    private static String kind(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            case Number n -> "a number";
            case List<?> l -> "an array";
            default -> "not an object";
        };
    }
}
