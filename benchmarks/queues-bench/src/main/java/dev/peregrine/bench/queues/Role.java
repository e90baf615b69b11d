package dev.peregrine.bench.queues;

import java.util.List;

/** The three kinds of actor zaqar-bench runs, each with the requests it makes. */
public enum Role {
    /** Posts one message per request. */
    PRODUCER("producer", List.of(Operation.POST)),
    /** Claims messages, then deletes each with its claim id. */
    CONSUMER("consumer", List.of(Operation.CLAIM, Operation.DELETE)),
    /** Lists messages, following each queue's next marker. */
    OBSERVER("observer", List.of(Operation.LIST));

    private final String label;
    private final List<Operation> operations;

    Role(String label, List<Operation> operations) {
        this.label = label;
        this.operations = operations;
    }

    /** The role's name in output and JSON keys: {@code producer}, {@code consumer}, {@code observer}. */
    public String label() {
        return label;
    }

    /** The requests this role makes, each timed on its own. */
    public List<Operation> operations() {
        return operations;
    }
}
