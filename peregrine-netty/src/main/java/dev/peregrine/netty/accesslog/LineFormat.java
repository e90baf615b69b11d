package dev.peregrine.netty.accesslog;

/** How an {@link AccessLogFormat} writes a line; one implementation per family of formats. */
interface LineFormat {

    /** Whether the lines print the User-Agent and Referer headers, so that they are read at all. */
    boolean printsAgentAndReferer();

    /** Appends {@code record}'s line to {@code line}, without a line break. */
    void format(AccessRecord record, UtcTimestamps timestamps, LogLine line);
}
