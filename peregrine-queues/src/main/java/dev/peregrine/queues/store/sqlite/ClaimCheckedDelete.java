package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.ClaimNotValidException;
import dev.peregrine.queues.store.ClaimRequiredException;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.StoredMessage;
import java.sql.SQLException;

/**
 * Deleting one message, on the writer thread, under the claim rules the API turns into statuses:
 * a claimed message goes only with its live claim's id (else {@link ClaimRequiredException},
 * 403), and a claim id that holds nothing for this message is a mistake the caller must hear
 * about ({@link ClaimNotValidException}, 400), since another consumer may hold the message now.
 */
final class ClaimCheckedDelete {

    private ClaimCheckedDelete() {
    }

    /** Deletes the message when the rules allow it; a message that is gone is nothing to do. */
    static void delete(Tables tables, QueueId queue, String messageId, String claimId, long now) throws SQLException {
        QueueTable.Row row = tables.queues().find(queue);
        StoredMessage message = row == null ? null : tables.messages().find(row.key(), messageId, now);
        if (message == null) {
            return;
        }
        boolean claimed = message.claimedAt(now);
        if (claimId == null) {
            if (claimed) {
                throw new ClaimRequiredException("Message " + messageId
                        + " is claimed; it cannot be deleted without a valid claim ID.");
            }
        } else if (!claimed) {
            throw new ClaimNotValidException("Message " + messageId + " is not currently claimed; its claim may have"
                    + " expired, and another consumer may hold it now.");
        } else if (tables.claims().findLive(row.key(), claimId, now) == null) {
            throw new ClaimNotValidException("The specified claim does not exist or has expired.");
        } else if (!claimId.equals(message.claimId())) {
            throw new ClaimRequiredException("Message " + messageId
                    + " is claimed by another claim; it cannot be deleted without that claim's ID.");
        }
        tables.messages().delete(row.key(), messageId);
    }
}
