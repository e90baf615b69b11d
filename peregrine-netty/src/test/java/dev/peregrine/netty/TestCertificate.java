package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1} and its key, made by the
 * {@code openssl} command line tool as an operator would make one.
 *
 * @param certificate the PEM certificate
 * @param key the PEM private key (PKCS#8)
 */
record TestCertificate(Path certificate, Path key) {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    /** An EC (P-256) certificate with common name {@code commonName}, its key unencrypted, in {@code directory}. */
    static TestCertificate ec(Path directory, String commonName) throws IOException, InterruptedException {
        return make(directory, commonName, "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1");
    }

    /** An RSA (2048-bit) certificate with common name {@code commonName}, its key unencrypted, in {@code directory}. */
    static TestCertificate rsa(Path directory, String commonName) throws IOException, InterruptedException {
        return make(directory, commonName, "rsa:2048");
    }

    /** This certificate's key encrypted with {@code password} (PKCS#8, AES-256 and PBKDF2), in a file beside it. */
    Path encryptedKey(String password) throws IOException, InterruptedException {
        Path encrypted = key.resolveSibling(key.getFileName() + ".encrypted");
        openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", key.toString(), "-out", encrypted.toString(),
                "-passout", "pass:" + password);
        return encrypted;
    }

    /** An SSL context that trusts these certificates alone, as a client given {@code --cacert} would. */
    static SSLContext trustedBy(TestCertificate... certificates) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        for (TestCertificate each : certificates) {
            try (InputStream in = Files.newInputStream(each.certificate)) {
                trusted.setCertificateEntry(each.certificate.toString(),
                        CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /**
     * A TLS connection to {@code 127.0.0.1:port} from the local address {@code from} (a loopback
     * address such as {@code 127.0.0.2}), trusting this certificate alone and handshaken for the
     * name {@code localhost}: SNI and host name verification as a browser does them.
     */
    SSLSocket connect(int port, String from) throws Exception {
        Socket tcp = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0);
        SSLSocket tls = (SSLSocket) trustedBy(this).getSocketFactory().createSocket(tcp, "localhost", port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    /** The certificate's subject, as a TLS client sees it. */
    String subject() throws Exception {
        try (InputStream in = Files.newInputStream(certificate)) {
            return ((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in))
                    .getSubjectX500Principal().getName();
        }
    }

    private static TestCertificate make(Path directory, String commonName, String... keyType)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path certificate = directory.resolve(commonName + "-cert.pem");
        Path key = directory.resolve(commonName + "-key.pem");
        List<String> command = new ArrayList<>(List.of("req", "-x509", "-newkey"));
        command.addAll(List.of(keyType));
        command.addAll(List.of("-nodes", "-keyout", key.toString(), "-out", certificate.toString(), "-days", "2",
                "-subj", "/CN=" + commonName, "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"));
        openssl(command.toArray(String[]::new));
        return new TestCertificate(certificate, key);
    }

    /** Runs the openssl command; fails naming the package when it is missing, and with its output when it fails. */
    static void openssl(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(OPENSSL), "this test needs the openssl command: apt-get install -y openssl");
        List<String> command = new ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
    }
}
