package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing the certificate of a running server: on {@code reloadTls()} and when the files change
 * (rewritten in place by a rename, or switched by a symbolic link as Kubernetes does), for new
 * connections only, and never for files that are not valid.
 */
class TlsReloadTest {

    @TempDir
    static Path made;
    private static TestCertificate first;
    private static TestCertificate second;
    private static SSLContext trust;

    @TempDir
    Path served;

    @BeforeAll
    static void makeCertificates() throws Exception {
        first = TestCertificate.ec(made.resolve("first"), "first");
        second = TestCertificate.rsa(made.resolve("second"), "second");
        trust = TestCertificate.trustedBy(first, second);
    }

    private static App app() {
        App app = new App();
        app.get("/", (req, resp) -> resp.text("hello"));
        return app;
    }

    /** Copies {@code certificate} to {@code cert.pem} and {@code key.pem} in {@code directory}, each by an atomic rename. */
    private static void install(TestCertificate certificate, Path directory) throws IOException {
        Files.createDirectories(directory);
        replace(certificate.certificate(), directory.resolve("cert.pem"));
        replace(certificate.key(), directory.resolve("key.pem"));
    }

    private static void replace(Path source, Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String subjectOfANewConnection(PeregrineServer server) throws IOException {
        try (RawHttpClient client = TlsClient.connect(trust, server.port())) {
            assertEquals("hello", client.get("/").text());
            return TlsClient.servedSubject(client);
        }
    }

    private PeregrineServer start(Path certificate, Path key, Duration fileChecks) {
        return Servers.start(app(), b -> b.tls(TlsSettings.of(certificate, key).withFileCheckInterval(fileChecks)));
    }

    @Test
    void reloadTlsServesTheNewCertificateToNewConnectionsAndLeavesOpenOnesAlone() throws Exception {
        install(first, served);
        try (PeregrineServer server = start(served.resolve("cert.pem"), served.resolve("key.pem"), Duration.ZERO);
                RawHttpClient open = TlsClient.connect(trust, server.port())) {
            assertEquals("CN=first", TlsClient.servedSubject(open));
            install(second, served);
            assertEquals("CN=first", subjectOfANewConnection(server), "without checks, nothing reloads by itself");
            assertTrue(server.reloadTls());
            assertEquals("CN=second", subjectOfANewConnection(server));
            assertEquals("hello", open.get("/").text(), "the connection opened before goes on");
            assertEquals("CN=first", TlsClient.servedSubject(open));
        }
    }

    @Test
    void filesReplacedByRenameAreReloaded() throws Exception {
        install(first, served);
        try (PeregrineServer server = start(served.resolve("cert.pem"), served.resolve("key.pem"), Duration.ofMillis(100))) {
            assertEquals("CN=first", subjectOfANewConnection(server));
            install(second, served);
            Eventually.await("new connections get the second certificate",
                    () -> "CN=second".equals(subjectQuietly(server)));
        }
    }

    @Test
    void filesSwitchedBySymbolicLinkAreReloaded() throws Exception {
        // NOTE: Kubernetes mounts a secret as cert.pem -> ..data/cert.pem, ..data -> ..2026_12_01, and
        // updates it by pointing ..data at a new directory with one rename: the files themselves never change.
        install(first, served.resolve("..v1"));
        install(second, served.resolve("..v2"));
        Files.createSymbolicLink(served.resolve("..data"), Path.of("..v1"));
        Files.createSymbolicLink(served.resolve("cert.pem"), Path.of("..data/cert.pem"));
        Files.createSymbolicLink(served.resolve("key.pem"), Path.of("..data/key.pem"));
        try (PeregrineServer server = start(served.resolve("cert.pem"), served.resolve("key.pem"), Duration.ofMillis(100))) {
            assertEquals("CN=first", subjectOfANewConnection(server));
            Files.createSymbolicLink(served.resolve("..data_tmp"), Path.of("..v2"));
            Files.move(served.resolve("..data_tmp"), served.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);
            Eventually.await("new connections get the second certificate",
                    () -> "CN=second".equals(subjectQuietly(server)));
        }
    }

    @Test
    void reloadOfAKeyThatDoesNotMatchKeepsTheCertificateInUse() throws Exception {
        install(first, served);
        try (PeregrineServer server = start(served.resolve("cert.pem"), served.resolve("key.pem"), Duration.ZERO)) {
            replace(second.key(), served.resolve("key.pem"));
            assertFalse(server.reloadTls());
            assertEquals("CN=first", subjectOfANewConnection(server));
        }
    }

    @Test
    void reloadOfAHalfWrittenCertificateKeepsTheCertificateInUse() throws Exception {
        install(first, served);
        try (PeregrineServer server = start(served.resolve("cert.pem"), served.resolve("key.pem"), Duration.ofMillis(100))) {
            String pem = Files.readString(second.certificate());
            Files.writeString(served.resolve("cert.pem"), pem.substring(0, pem.length() / 2));
            assertFalse(server.reloadTls());
            assertEquals("CN=first", subjectOfANewConnection(server));
            install(second, served);
            Eventually.await("the whole files are reloaded once they are written",
                    () -> "CN=second".equals(subjectQuietly(server)));
        }
    }

    private static String subjectQuietly(PeregrineServer server) {
        try {
            return subjectOfANewConnection(server);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
