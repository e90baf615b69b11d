package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server given certificate or key files it cannot use does not start, and says which file, what is wrong and the fix. */
class TlsStartupTest {

    @TempDir
    static Path directory;
    private static TestCertificate ec;
    private static TestCertificate rsa;

    @BeforeAll
    static void makeCertificates() throws Exception {
        ec = TestCertificate.ec(directory.resolve("ec"), "localhost");
        rsa = TestCertificate.rsa(directory.resolve("rsa"), "localhost");
    }

    private static String startFailure(TlsSettings tls) {
        return assertThrows(IllegalStateException.class, () -> Servers.start(new App(), b -> b.tls(tls))).getMessage();
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' is missing from: " + message);
        }
    }

    @Test
    void missingCertificateFileIsNamed() {
        Path missing = directory.resolve("missing.pem");
        assertContains(startFailure(TlsSettings.of(missing, ec.key())),
                "TLS certificate chain file " + missing + " does not exist");
    }

    @Test
    void directoryGivenForTheKeyIsNamed() {
        assertContains(startFailure(TlsSettings.of(ec.certificate(), directory)),
                "TLS private key file " + directory + " is a directory");
    }

    @Test
    void keyGivenAsTheCertificateSaysWhatTheFileHolds() {
        assertContains(startFailure(TlsSettings.of(ec.key(), ec.key())),
                "TLS certificate chain file " + ec.key() + " holds no PEM certificate", "'BEGIN PRIVATE KEY'", "fullchain.pem");
    }

    @Test
    void fileThatIsNotPemIsNamed() throws Exception {
        Path text = Files.writeString(directory.resolve("notes.txt"), "not a key\n");
        assertContains(startFailure(TlsSettings.of(ec.certificate(), text)),
                "TLS private key file " + text + " holds no PEM private key");
    }

    @Test
    void pkcs1KeyIsRefusedWithTheCommandThatConvertsIt() throws Exception {
        Path pkcs1 = directory.resolve("rsa-pkcs1.pem");
        TestCertificate.openssl("rsa", "-in", rsa.key().toString(), "-traditional", "-out", pkcs1.toString());
        assertTrue(Files.readString(pkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        assertContains(startFailure(TlsSettings.of(rsa.certificate(), pkcs1)),
                "TLS private key file " + pkcs1 + " holds a key in the older 'BEGIN RSA PRIVATE KEY' (PKCS#1) format",
                "openssl pkcs8 -topk8 -nocrypt -in " + pkcs1);
    }

    @Test
    void keyOfAnotherCertificateIsRefused() {
        assertContains(startFailure(TlsSettings.of(ec.certificate(), rsa.key())),
                "TLS private key file " + rsa.key() + " (RSA) does not belong to the certificate CN=localhost (EC), the first in "
                        + ec.certificate());
    }

    @Test
    void keyOfAnotherCertificateOfTheSameTypeIsRefused() throws Exception {
        TestCertificate other = TestCertificate.ec(directory.resolve("other"), "localhost");
        assertContains(startFailure(TlsSettings.of(ec.certificate(), other.key())),
                "TLS private key file " + other.key() + " (EC) does not belong to the certificate CN=localhost (EC)");
    }

    @Test
    void encryptedKeyWithoutAPasswordAsksForIt() throws Exception {
        Path encrypted = ec.encryptedKey("right");
        assertContains(startFailure(TlsSettings.of(ec.certificate(), encrypted)),
                "TLS private key file " + encrypted + " is encrypted; give its password");
    }

    @Test
    void encryptedKeyWithTheWrongPasswordSaysSo() throws Exception {
        Path encrypted = ec.encryptedKey("right");
        assertContains(startFailure(TlsSettings.of(ec.certificate(), encrypted).withKeyPassword("wrong")),
                "TLS private key file " + encrypted + " cannot be decrypted with the password given");
    }

    @Test
    void keyPasswordIsNotShownInTheSettings() {
        String shown = TlsSettings.of(ec.certificate(), ec.key()).withKeyPassword("s3cret").toString();
        assertTrue(!shown.contains("s3cret") && shown.contains("keyPassword=(hidden)"), shown);
    }
}
