package dev.peregrine.netty.accesslog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Lines as RFC 5424 syslog messages over UDP (RFC 5426), one datagram each:
 * {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID access - MSG}. Severity is informational (6),
 * or warning (4) for a 5xx answer, so a receiver can single out server errors.
 *
 * <p>MSG is the formatted line, without the byte order mark RFC 5424 asks of UTF-8 text:
 * receivers such as rsyslog keep the mark in the message, where it breaks JSON parsers
 * downstream. Common and Combined lines are ASCII anyway.
 */
final class SyslogSink implements LineSink {

    private static final int INFORMATIONAL = 6;
    private static final int WARNING = 4;

    private final DatagramChannel channel;
    private final InetSocketAddress receiver;
    private final int maxDatagramSize;
    private final String informational;
    private final String warning;
    private final String headerAfterTime;
    private final UtcTimestamps timestamps = new UtcTimestamps();
    private final LogLine datagram = new LogLine();

    /**
     * A sink sending to {@code receiver}, which must be resolved.
     *
     * @throws IllegalStateException naming the receiver when no UDP socket can be opened
     */
    SyslogSink(InetSocketAddress receiver, SyslogFacility facility, String hostname, String appName, int maxDatagramSize) {
        this.receiver = receiver;
        this.maxDatagramSize = maxDatagramSize;
        this.informational = "<" + (facility.code() * 8 + INFORMATIONAL) + ">1 ";
        this.warning = "<" + (facility.code() * 8 + WARNING) + ">1 ";
        this.headerAfterTime = " " + hostname + " " + appName + " " + ProcessHandle.current().pid() + " access - ";
        try {
            // NOTE: not connected: an unconnected socket ignores the ICMP errors of a receiver
            // that is down, instead of failing the next send.
            this.channel = DatagramChannel.open();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open a UDP socket for the syslog access log to " + receiver
                    + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void write(AccessRecord record, LogLine line) throws IOException {
        datagram.reset();
        datagram.ascii(record.status() >= 500 ? warning : informational);
        timestamps.appendIso(record.epochMillis(), datagram);
        datagram.ascii(headerAfterTime);
        int length = Math.min(line.length(), Math.max(0, maxDatagramSize - datagram.length()));
        byte[] bytes = line.bytes();
        // NOTE: cut before a UTF-8 continuation byte, so a cut line is still valid UTF-8.
        while (length > 0 && length < line.length() && (bytes[length] & 0xC0) == 0x80) {
            length--;
        }
        datagram.append(bytes, 0, length);
        channel.send(ByteBuffer.wrap(datagram.bytes(), 0, datagram.length()), receiver);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "syslog at " + receiver.getHostString() + ":" + receiver.getPort();
    }
}
