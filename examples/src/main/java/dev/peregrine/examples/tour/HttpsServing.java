package dev.peregrine.examples.tour;

import dev.peregrine.App;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.TlsSettings;
import java.nio.file.Path;

/** The README's HTTPS example, compiled and tested so the README cannot drift from the API. */
public final class HttpsServing {

    private HttpsServing() {
    }

    /** Serves {@code app} over HTTPS on {@code port} with the PEM files {@code chain} and {@code key}. */
    public static PeregrineServer start(App app, int port, Path chain, Path key, String keyPassword) {
        // tag::tls[]
        PeregrineServer server = PeregrineServer.builder(app)
                .port(port)
                .tls(TlsSettings.of(chain, key)          // PEM: certbot's fullchain.pem and privkey.pem
                        .withKeyPassword(keyPassword))   // null when the key is not encrypted
                .build()
                .stopOnTermination()                     // SIGTERM/Ctrl-C: drain, exit 0
                .start();                                // logs the TLS provider; SIGHUP reloads the files
        // end::tls[]
        return server;
    }
}
