package dev.peregrine.netty.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RFC 5424 framing of syslog lines, read from a plain UDP socket. */
class SyslogSinkTest {

    private static final long TIME = Instant.parse("2026-12-06T08:19:58.123Z").toEpochMilli();
    private static final long PID = ProcessHandle.current().pid();

    private DatagramSocket receiver;

    @BeforeEach
    void listen() throws Exception {
        receiver = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        receiver.setSoTimeout(10_000);
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    private SyslogSink sink(SyslogFacility facility, int maxDatagramSize) {
        return new SyslogSink(new InetSocketAddress(InetAddress.getLoopbackAddress(), receiver.getLocalPort()), facility,
                "web-1", "orders-api", maxDatagramSize);
    }

    private static AccessRecord record(int status) {
        return new AccessRecord(TIME, "GET", "/", "HTTP/1.1", null, status, 0, 0, "::1", null, null, null);
    }

    private static LogLine line(String text) {
        LogLine line = new LogLine();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return line.append(bytes, 0, bytes.length);
    }

    private byte[] receive() throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[70_000], 70_000);
        receiver.receive(packet);
        return Arrays.copyOf(packet.getData(), packet.getLength());
    }

    @Test
    void eachLineIsOneRfc5424MessageWithFacilityAndSeverityInPri() throws Exception {
        SyslogSink sink = sink(SyslogFacility.LOCAL0, 2048);
        sink.write(record(200), line("the line"));
        sink.write(record(503), line("a server error"));
        sink.close();
        assertEquals("<134>1 2026-12-06T08:19:58.123Z web-1 orders-api " + PID + " access - the line",
                new String(receive(), StandardCharsets.UTF_8), "local0 (16) * 8 + informational (6)");
        assertEquals("<132>1 2026-12-06T08:19:58.123Z web-1 orders-api " + PID + " access - a server error",
                new String(receive(), StandardCharsets.UTF_8), "a 5xx answer is a warning (4)");
    }

    @Test
    void theFacilityIsConfigurable() throws Exception {
        SyslogSink sink = sink(SyslogFacility.USER, 2048);
        sink.write(record(404), line("x"));
        sink.close();
        assertTrue(new String(receive(), StandardCharsets.UTF_8).startsWith("<14>1 "), "user (1) * 8 + 6");
    }

    @Test
    void aLongLineIsCutToTheDatagramSizeBetweenCharacters() throws Exception {
        SyslogSink sink = sink(SyslogFacility.LOCAL0, 480);
        sink.write(record(200), line("\u00e9".repeat(400)));
        sink.close();
        byte[] datagram = receive();
        String header = "<134>1 2026-12-06T08:19:58.123Z web-1 orders-api " + PID + " access - ";
        int room = 480 - header.length();
        assertEquals(room - room % 2, datagram.length - header.length(), "whole two-byte characters only");
        assertTrue(datagram.length <= 480);
        String text = new String(datagram, StandardCharsets.UTF_8);
        assertEquals("\u00e9".repeat((room - room % 2) / 2), text.substring(header.length()));
    }
}
