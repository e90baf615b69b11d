package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Serving HTTPS: real handshakes over sockets, with both TLS providers. */
class TlsTest {

    @TempDir
    static Path directory;
    private static TestCertificate certificate;
    private static SSLContext trust;
    private static Path file;
    private static byte[] fileBytes;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = TestCertificate.ec(directory, "localhost");
        trust = TestCertificate.trustedBy(certificate);
        fileBytes = new byte[3 * 1024 * 1024 + 17];
        new Random(11).nextBytes(fileBytes);
        file = Files.write(directory.resolve("download.bin"), fileBytes);
    }

    private static App app() {
        App app = new App();
        app.get("/scheme", (req, resp) -> resp.text(req.scheme() + " " + req.uri()));
        app.get("/n/{n}", (req, resp) -> resp.text("n" + req.pathField("n")));
        app.get("/file", (req, resp) -> resp.file(FileChannel.open(file), 0, fileBytes.length));
        return app;
    }

    private static PeregrineServer start(TlsProvider provider) {
        return Servers.start(app(), b -> b.tls(TlsSettings.of(certificate.certificate(), certificate.key()).withProvider(provider)));
    }

    @ParameterizedTest
    @EnumSource(value = TlsProvider.class, names = {"OPENSSL", "JDK"})
    void getOverHttpsSaysSchemeHttps(TlsProvider provider) throws Exception {
        try (PeregrineServer server = start(provider); RawHttpClient client = TlsClient.connect(trust, server.port())) {
            RawResponse response = client.get("/scheme");
            assertEquals(200, response.status());
            assertEquals("https https://localhost/scheme", response.text());
            assertEquals("TLSv1.3", TlsClient.tls(client).getSession().getProtocol());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TlsProvider.class, names = {"OPENSSL", "JDK"})
    void keepAliveAndPipeliningWorkOverTls(TlsProvider provider) throws Exception {
        try (PeregrineServer server = start(provider); RawHttpClient client = TlsClient.connect(trust, server.port())) {
            client.send("GET /n/1 HTTP/1.1\r\nHost: localhost\r\n\r\nGET /n/2 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "GET /n/3 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals("n1", client.read().text());
            assertEquals("n2", client.read().text());
            assertEquals("n3", client.read().text());
            assertEquals("n4", client.get("/n/4").text(), "the connection is kept alive after the pipelined batch");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TlsProvider.class, names = {"OPENSSL", "JDK"})
    void connectionCloseEndsTheTlsSessionCleanlyAfterTheResponse(TlsProvider provider) throws Exception {
        try (PeregrineServer server = start(provider); RawHttpClient client = TlsClient.connect(trust, server.port())) {
            client.send("GET /n/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("n1", response.text());
            assertEquals("close", response.header("Connection"));
            // NOTE: the end of the stream, after the server's close_notify.
            assertEquals(-1, client.socket().getInputStream().read());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TlsProvider.class, names = {"OPENSSL", "JDK"})
    void fileBodiesAreSentWholeThroughTls(TlsProvider provider) throws Exception {
        try (PeregrineServer server = start(provider); RawHttpClient client = TlsClient.connect(trust, server.port())) {
            RawResponse response = client.get("/file");
            assertEquals(200, response.status());
            assertArrayEquals(fileBytes, response.body());
            assertEquals("n5", client.get("/n/5").text(), "the connection goes on after the file");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TlsProvider.class, names = {"OPENSSL", "JDK"})
    void tls12ClientsAreServedAndOlderProtocolsRefused(TlsProvider provider) throws Exception {
        try (PeregrineServer server = start(provider)) {
            try (RawHttpClient client = TlsClient.connect(trust, server.port(), p -> p.setProtocols(new String[] {"TLSv1.2"}))) {
                assertEquals("TLSv1.2", TlsClient.tls(client).getSession().getProtocol());
                assertEquals(200, client.get("/scheme").status());
            }
            SSLContext legacy = SSLContext.getInstance("TLSv1.1");
            legacy.init(null, null, null);
            assertThrows(IOException.class, () -> TlsClient.connect(trust, server.port(),
                    p -> p.setProtocols(new String[] {"TLSv1.1"})).close());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TlsProvider.class, names = {"OPENSSL", "JDK"})
    void alpnSelectsHttp11EvenWhenTheClientPrefersH2(TlsProvider provider) throws Exception {
        try (PeregrineServer server = start(provider);
                RawHttpClient client = TlsClient.connect(trust, server.port(),
                        p -> p.setApplicationProtocols(new String[] {"h2", "http/1.1"}))) {
            assertEquals("http/1.1", TlsClient.tls(client).getApplicationProtocol());
        }
    }

    @Test
    void rsaCertificateWithAnEncryptedKeyIsServed() throws Exception {
        TestCertificate rsa = TestCertificate.rsa(directory.resolve("rsa"), "localhost");
        Path encrypted = rsa.encryptedKey("s3cret");
        assertTrue(Files.readString(encrypted).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        try (PeregrineServer server = Servers.start(app(), b -> b.tls(TlsSettings.of(rsa.certificate(), encrypted)
                .withKeyPassword("s3cret")));
                RawHttpClient client = TlsClient.connect(TestCertificate.trustedBy(rsa), server.port())) {
            assertEquals("https https://localhost/scheme", client.get("/scheme").text());
        }
    }

    @Test
    void clientThatDoesNotTrustTheCertificateFailsTheHandshake() throws Exception {
        try (PeregrineServer server = start(TlsProvider.AUTO)) {
            SSLContext defaults = SSLContext.getInstance("TLS");
            defaults.init(null, null, null);
            assertThrows(SSLHandshakeException.class, () -> TlsClient.connect(defaults, server.port()).close());
            try (RawHttpClient trusting = TlsClient.connect(trust, server.port())) {
                assertEquals(200, trusting.get("/scheme").status(), "the failed handshake harmed nothing");
            }
        }
    }

    @Test
    void urlSaysHttps() {
        try (PeregrineServer server = start(TlsProvider.AUTO)) {
            assertEquals("https://127.0.0.1:" + server.port() + "/", server.url());
        }
    }

    @Test
    void curlTalksToTheServerOverHttps() throws Exception {
        try (PeregrineServer server = start(TlsProvider.AUTO)) {
            String url = "https://localhost:" + server.port() + "/scheme";
            Process curl = new ProcessBuilder("curl", "--silent", "--show-error", "--cacert", certificate.certificate().toString(),
                    "--resolve", "localhost:" + server.port() + ":127.0.0.1", "--write-out", " %{http_version}", url, url)
                    .redirectErrorStream(true).start();
            String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(curl.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, curl.exitValue(), output);
            String expected = "https https://localhost:" + server.port() + "/scheme 1.1";
            assertEquals(expected + expected, output);
        }
    }
}
