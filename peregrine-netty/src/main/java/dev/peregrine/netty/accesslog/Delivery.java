package dev.peregrine.netty.accesslog;

/** How a record becomes a written line: on the request's thread, or by the log's own thread. */
interface Delivery {

    /** Formats and writes {@code record}, or hands it on to be; never throws. */
    void deliver(AccessRecord record);

    /** Writes what is pending, then closes the sink; records delivered afterwards are dropped and counted. */
    void close();
}
