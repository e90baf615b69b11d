package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate for {@code localhost} and {@code 127.0.0.1} made by the {@code openssl} command
 * (an EC P-256 key, valid for two days), and clients that trust it and check the host name
 * against it as a browser would.
 */
final class SelfSignedCertificate {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    private final Path certificate;
    private final Path key;
    private final SSLContext trustingIt;

    private SelfSignedCertificate(Path certificate, Path key) throws IOException, GeneralSecurityException {
        this.certificate = certificate;
        this.key = key;
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("localhost", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        trustingIt = SSLContext.getInstance("TLS");
        trustingIt.init(null, trust.getTrustManagers(), null);
    }

    /** Makes a certificate and key in {@code directory}; fails naming the package when openssl is missing. */
    static SelfSignedCertificate generate(Path directory) throws IOException, GeneralSecurityException, InterruptedException {
        assertTrue(Files.isExecutable(OPENSSL), "this test needs the openssl command: apt-get install -y openssl");
        Path certificate = directory.resolve("cert.pem");
        Path key = directory.resolve("key.pem");
        Path log = directory.resolve("openssl.log");
        Process openssl = new ProcessBuilder(OPENSSL.toString(), "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key.toString(), "-out", certificate.toString(),
                "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(openssl.waitFor(30, TimeUnit.SECONDS), "openssl did not make the certificate within 30 s");
        assertEquals(0, openssl.exitValue(), () -> "openssl failed: " + read(log));
        return new SelfSignedCertificate(certificate, key);
    }

    /** The certificate, PEM. */
    Path certificate() {
        return certificate;
    }

    /** Its private key, PEM, unencrypted. */
    Path key() {
        return key;
    }

    /**
     * A TLS connection to {@code 127.0.0.1:port} from the local address {@code from} (a loopback
     * address such as {@code 127.0.0.2}), handshaken for the name {@code localhost}: SNI and host
     * name verification as a browser does them.
     */
    SSLSocket connect(int port, String from) throws IOException, GeneralSecurityException {
        Socket tcp = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0);
        SSLSocket tls = (SSLSocket) trustingIt.getSocketFactory().createSocket(tcp, "localhost", port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
