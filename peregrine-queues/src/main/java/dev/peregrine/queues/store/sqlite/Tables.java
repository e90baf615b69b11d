package dev.peregrine.queues.store.sqlite;

/**
 * The store's tables, on one connection.
 *
 * @param queues the queues
 * @param messages the messages
 * @param claims the claims
 */
record Tables(QueueTable queues, MessageTable messages, ClaimTable claims) {

    /** The tables on the connection of {@code statements}. */
    static Tables on(StatementCache statements) {
        return new Tables(new QueueTable(statements), new MessageTable(statements), new ClaimTable(statements));
    }
}
