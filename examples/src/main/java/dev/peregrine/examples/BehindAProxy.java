package dev.peregrine.examples;

import dev.peregrine.App;
import dev.peregrine.TrustedProxies;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.accesslog.AccessLog;
import dev.peregrine.netty.accesslog.AccessLogFormat;
import dev.peregrine.netty.accesslog.SyslogFacility;
import java.nio.file.Path;

/** A server behind a reverse proxy, with an access log: the README's operations snippets, compiled. */
public final class BehindAProxy {

    private BehindAProxy() {
    }

    /** A server of {@code app} that believes the proxies on this machine and on 10/8, and logs to {@code logFile}. */
    public static PeregrineServer server(App app, Path logFile) {
        // tag::trusted-proxies[]
        TrustedProxies proxies = TrustedProxies.of("127.0.0.1", "::1", "10.0.0.0/8");
        app.requestOptions().trustedProxies(proxies);   // req.clientAddress(), forwardedScheme(), forwardedHost()
        // end::trusted-proxies[]
        // tag::access-log[]
        PeregrineServer server = PeregrineServer.builder(app)
                .accessLog(AccessLog.file(logFile)      // or AccessLog.stdout()
                        .format(AccessLogFormat.JSON)   // COMMON, COMBINED (the default) or JSON
                        .asynchronous(8192)             // the default; or .synchronous()
                        .trustedProxies(proxies)        // "remote" is the client behind them
                        .build())
                .requestIds("X-Request-Id")             // logged as request_id
                .build();
        // end::access-log[]
        return server;
    }

    /** An access log sent to the syslog receiver on this machine. */
    public static AccessLog syslog() {
        // tag::syslog[]
        AccessLog log = AccessLog.syslog("127.0.0.1", 514)  // RFC 5424 over UDP, one datagram per line
                .facility(SyslogFacility.LOCAL0)            // the default
                .appName("orders-api")                      // the default is "peregrine"
                .format(AccessLogFormat.COMBINED)
                .build();
        // end::syslog[]
        return log;
    }
}
