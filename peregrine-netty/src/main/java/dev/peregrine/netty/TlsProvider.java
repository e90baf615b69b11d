package dev.peregrine.netty;

/**
 * Which TLS implementation encrypts a server's connections. Both speak TLS 1.3 and 1.2 with the
 * same certificate, ciphers and ALPN; they differ in speed and in what they need at run time.
 */
public enum TlsProvider {

    /**
     * OpenSSL when its native library loads (the default), else the JDK's: the server starts
     * either way, and its startup line says which one it uses and why.
     */
    AUTO,

    /**
     * BoringSSL through {@code netty-tcnative-boringssl-static}: the fastest handshakes and
     * encryption, and less garbage per connection. The server does not start when the library
     * cannot be loaded (another OS or CPU, or the jar left out), naming the cause.
     */
    OPENSSL,

    /** The JDK's own {@code SSLEngine}: no native code, slower. */
    JDK
}
