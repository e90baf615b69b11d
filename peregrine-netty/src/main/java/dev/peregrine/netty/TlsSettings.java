package dev.peregrine.netty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Serves HTTPS: the server's certificate chain and private key as PEM files, and how they are
 * reloaded. Give it to {@link ServerBuilder#tls(TlsSettings)}, or use {@link ServerBuilder#tls(Path, Path)}
 * for the defaults.
 *
 * {@snippet :
 * PeregrineServer server = PeregrineServer.builder(app)
 *         .port(8443)
 *         .tls(TlsSettings.of(Path.of("/etc/letsencrypt/live/api.example.com/fullchain.pem"),
 *                         Path.of("/etc/letsencrypt/live/api.example.com/privkey.pem"))
 *                 .withKeyPassword(System.getenv("TLS_KEY_PASSWORD")))
 *         .build()
 *         .start();
 * }
 *
 * <p>The server speaks TLS 1.3 and 1.2 only, with the provider's default (modern) cipher suites,
 * and offers {@code http/1.1} through ALPN. It reads both files at start and fails to start with a
 * message naming the file and the problem when one is missing, unreadable, not PEM, or the key
 * does not belong to the certificate. It reads them again, for new connections only, when they
 * change on disk, on {@code SIGHUP}, and on {@link PeregrineServer#reloadTls()}; a reload that
 * fails keeps the certificate in use and logs why.
 *
 * @param certificateChain PEM file of the server's certificate followed by its intermediates (for
 *     example certbot's {@code fullchain.pem})
 * @param privateKey PEM file of the certificate's private key, PKCS#8 ({@code BEGIN PRIVATE KEY},
 *     or {@code BEGIN ENCRYPTED PRIVATE KEY} with {@code keyPassword})
 * @param keyPassword the password of an encrypted key, or {@code null}
 * @param provider which TLS implementation to use (default {@link TlsProvider#AUTO})
 * @param fileCheckInterval how often the files are checked for changes (default 5 s);
 *     {@link Duration#ZERO} turns the checks off, leaving {@code SIGHUP} and
 *     {@link PeregrineServer#reloadTls()}
 */
public record TlsSettings(Path certificateChain, Path privateKey, String keyPassword, TlsProvider provider,
        Duration fileCheckInterval) {

    /** How often the files are checked for changes unless told otherwise. */
    public static final Duration DEFAULT_FILE_CHECK_INTERVAL = Duration.ofSeconds(5);

    /** Checks the values; the files themselves are read when the server starts. */
    public TlsSettings {
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(fileCheckInterval, "fileCheckInterval");
        if (fileCheckInterval.isNegative()) {
            throw new IllegalArgumentException("fileCheckInterval is " + fileCheckInterval
                    + "; use Duration.ZERO to stop checking the files, or a positive interval such as Duration.ofSeconds(5)");
        }
    }

    /** TLS from these two PEM files, with the default provider and file checks, the key not encrypted. */
    public static TlsSettings of(Path certificateChain, Path privateKey) {
        return new TlsSettings(certificateChain, privateKey, null, TlsProvider.AUTO, DEFAULT_FILE_CHECK_INTERVAL);
    }

    /** These settings for a key encrypted with {@code password} ({@code null}: not encrypted). */
    public TlsSettings withKeyPassword(String password) {
        return new TlsSettings(certificateChain, privateKey, password, provider, fileCheckInterval);
    }

    /** These settings with another TLS implementation. */
    public TlsSettings withProvider(TlsProvider tlsProvider) {
        return new TlsSettings(certificateChain, privateKey, keyPassword, tlsProvider, fileCheckInterval);
    }

    /** These settings with the files checked for changes every {@code interval} ({@link Duration#ZERO}: never). */
    public TlsSettings withFileCheckInterval(Duration interval) {
        return new TlsSettings(certificateChain, privateKey, keyPassword, provider, interval);
    }

    /** The settings, with the key password hidden. */
    @Override
    public String toString() {
        return "TlsSettings[certificateChain=" + certificateChain + ", privateKey=" + privateKey
                + ", keyPassword=" + (keyPassword == null ? "none" : "(hidden)") + ", provider=" + provider
                + ", fileCheckInterval=" + fileCheckInterval + "]";
    }
}
