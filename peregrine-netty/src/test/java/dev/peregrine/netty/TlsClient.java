package dev.peregrine.netty;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** Opens TLS connections to a test server as a browser would: SNI {@code localhost}, and the host name checked. */
final class TlsClient {

    private TlsClient() {
    }

    /** A client whose handshake with the server on {@code port} is done. */
    static RawHttpClient connect(SSLContext trust, int port) throws IOException {
        return connect(trust, port, parameters -> { });
    }

    /** A client whose handshake is done, with its TLS parameters tuned by {@code tune} first. */
    static RawHttpClient connect(SSLContext trust, int port, Consumer<SSLParameters> tune) throws IOException {
        SSLSocket socket = (SSLSocket) trust.getSocketFactory().createSocket(new Socket("127.0.0.1", port), "localhost", port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tune.accept(parameters);
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(10_000);
        socket.startHandshake();
        return new RawHttpClient(socket);
    }

    /** The connection's TLS socket. */
    static SSLSocket tls(RawHttpClient client) {
        return (SSLSocket) client.socket();
    }

    /** The subject of the certificate the server presented on this connection. */
    static String servedSubject(RawHttpClient client) throws IOException {
        return ((java.security.cert.X509Certificate) tls(client).getSession().getPeerCertificates()[0])
                .getSubjectX500Principal().getName();
    }
}
