package dev.peregrine.netty.accesslog;

import java.io.IOException;

/** Where formatted lines go: a stream (a file, stdout) or a syslog receiver. Used by one thread at a time. */
interface LineSink {

    /** Writes {@code line}, the formatted {@code record}; it may wait in a buffer until {@link #flush()}. */
    void write(AccessRecord record, LogLine line) throws IOException;

    /** Hands what is buffered to the operating system. */
    void flush() throws IOException;

    /** Flushes and lets go of what the sink opened. */
    void close() throws IOException;
}
