package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that do not finish the handshake, speak plain HTTP or garbage to the TLS port, or never
 * read their responses: each is closed (or answered 400) without holding the server.
 */
class TlsMisbehavingClientTest {

    private static final byte[] LARGE = new byte[1024 * 1024];

    @TempDir
    static Path directory;
    private static TestCertificate certificate;
    private static SSLContext trust;
    /** Short header-read timeout: it closes clients that do not finish the handshake. */
    private static PeregrineServer quick;
    /** Long timeouts, so what closes a connection within a test is the TLS handler, not a clock. */
    private static PeregrineServer patient;
    private static final AtomicInteger answered = new AtomicInteger();

    @BeforeAll
    static void startServers() throws Exception {
        certificate = TestCertificate.ec(directory, "localhost");
        trust = TestCertificate.trustedBy(certificate);
        App app = new App();
        app.get("/", (req, resp) -> resp.text("hello"));
        app.get("/large", (req, resp) -> {
            answered.incrementAndGet();
            resp.data(LARGE);
        });
        TlsSettings tls = TlsSettings.of(certificate.certificate(), certificate.key());
        quick = Servers.start(app, b -> b.tls(tls).headerReadTimeout(Duration.ofMillis(300)));
        patient = Servers.start(app, b -> b.tls(tls).headerReadTimeout(Duration.ofSeconds(60))
                .idleTimeout(Duration.ofSeconds(60)).writeTimeout(Duration.ofMillis(500)));
    }

    @AfterAll
    static void stopServers() {
        quick.stop();
        patient.stop();
    }

    @Test
    void clientThatOpensTheConnectionAndSendsNothingIsClosedByTheHeaderTimeout() throws Exception {
        try (RawHttpClient silent = new RawHttpClient(quick.port())) {
            assertTrue(silent.closedByServer());
        }
    }

    @Test
    void clientThatSendsHalfAClientHelloIsClosedByTheHeaderTimeout() throws Exception {
        byte[] hello = clientHello();
        try (RawHttpClient stalled = new RawHttpClient(quick.port())) {
            stalled.send(Arrays.copyOf(hello, hello.length / 2));
            assertTrue(stalled.closedByServer());
        }
    }

    @Test
    void clientThatFinishesTheHandshakeButSendsNoRequestIsClosedByTheHeaderTimeout() throws Exception {
        try (RawHttpClient idle = TlsClient.connect(trust, quick.port())) {
            assertTrue(idle.closedByServer());
        }
    }

    @Test
    void plainHttpToTheTlsPortIsAnswered400AndClosed() throws Exception {
        try (RawHttpClient plain = new RawHttpClient(patient.port())) {
            RawResponse response = plain.get("/");
            assertEquals(400, response.status());
            assertEquals("{\"title\":\"Plain HTTP sent to an HTTPS port\",\"description\":\"This port speaks HTTPS only; use an https:// URL.\"}",
                    response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(plain.closedByServer());
        }
    }

    @Test
    void bytesThatAreNeitherTlsNorHttpCloseTheConnectionAtOnce() throws Exception {
        try (RawHttpClient garbage = new RawHttpClient(patient.port())) {
            garbage.send(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
            assertTrue(garbage.closedByServer());
        }
        try (RawHttpClient client = TlsClient.connect(trust, patient.port())) {
            assertEquals("hello", client.get("/").text(), "the server goes on serving");
        }
    }

    @Test
    void pipelinedRequestsOfATlsClientThatNeverReadsAreAnsweredOnlyUpToTheOutboundLimit() throws Exception {
        answered.set(0);
        int pipelined = 200;
        SSLSocket client = (SSLSocket) trust.getSocketFactory().createSocket(new Socket("127.0.0.1", patient.port()),
                "localhost", patient.port(), true);
        try (client) {
            client.setReceiveBufferSize(16 * 1024);
            client.startHandshake();
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    client.getOutputStream().write("GET /large HTTP/1.1\r\nHost: localhost\r\n\r\n".repeat(pipelined)
                            .getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException closed) {
                    // NOTE: the server closed the connection before taking all requests, as expected.
                }
            });
            Eventually.await("the server answers", () -> answered.get() > 0);
            Eventually.await("the write timeout cut the client that takes nothing", () -> patient.openConnections() == 0);
            sender.join(10_000);
        }
        // NOTE: what the kernel's socket buffers hold plus the outbound limit and one response;
        // without the limit all 200 (200 MiB) would be produced and held.
        assertTrue(answered.get() < 12, answered.get() + " responses of 1 MiB were produced for a client that read none");
    }

    /** The first flight of a TLS client: a whole ClientHello record. */
    private static byte[] clientHello() throws Exception {
        SSLEngine engine = trust.createSSLEngine("localhost", 443);
        engine.setUseClientMode(true);
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        out.flip();
        byte[] hello = new byte[out.remaining()];
        out.get(hello);
        assertEquals(22, hello[0], "a handshake record");
        return hello;
    }
}
