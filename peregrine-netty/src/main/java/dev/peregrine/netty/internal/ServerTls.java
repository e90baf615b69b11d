package dev.peregrine.netty.internal;

import dev.peregrine.netty.TlsSettings;
import io.netty.channel.Channel;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's TLS: the context that encrypts new connections, built from the settings' PEM files,
 * and its reloads (on a change of the files, on {@code SIGHUP}, on request). A reload replaces the
 * context for connections accepted afterwards; open connections keep the one they started with. A
 * reload that fails keeps the context in use and logs why, naming the file.
 *
 * <p>NOTE: the files are polled (a stat of each, every few seconds) rather than watched with a
 * {@code WatchService}: a watch sees the directory it watches, but certbot and Kubernetes deploy
 * by switching symbolic links, possibly in another directory, and inotify is not told of changes
 * made through some mounts. Comparing what each path resolves to catches every way of replacing a
 * file. A change is reloaded once the files have looked the same for one more interval, so a file
 * still being written, or a certificate whose key comes a moment later, is not read half-way.
 */
public final class ServerTls {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTls.class);
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    /** HTTP/1.1 only, the one protocol this server speaks; a client asking only for h2 gets no ALPN answer. */
    private static final ApplicationProtocolConfig ALPN = new ApplicationProtocolConfig(
            ApplicationProtocolConfig.Protocol.ALPN,
            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
            ApplicationProtocolNames.HTTP_1_1);

    private final TlsSettings settings;
    private final SslProvider provider;
    private final String providerChoice;
    private final Runnable hangup = () -> reload("SIGHUP");
    private volatile SslContext context;
    private String subject;
    /** The files as they were at the last reload, successful or not. */
    private FileStamps loaded;
    /** The files as the last check saw them. */
    private FileStamps seen;
    private ScheduledExecutorService checks;

    private record FileStamps(FileStamp chain, FileStamp key) {
    }

    private ServerTls(TlsSettings settings, SslProvider provider, String providerChoice) {
        this.settings = settings;
        this.provider = provider;
        this.providerChoice = providerChoice;
    }

    /**
     * Reads the files and builds the first context.
     *
     * @throws IllegalStateException naming the file, the problem and the fix, or the provider that cannot load
     */
    public static ServerTls create(TlsSettings settings) {
        ServerTls tls = switch (settings.provider()) {
            case JDK -> new ServerTls(settings, SslProvider.JDK, "JDK");
            case OPENSSL -> {
                if (!OpenSsl.isAvailable()) {
                    throw new IllegalStateException("TLS provider OPENSSL cannot be loaded (" + cause()
                            + "); put io.netty:netty-tcnative-boringssl-static for this platform on the class path,"
                            + " or use TlsProvider.AUTO to fall back on the JDK's");
                }
                yield new ServerTls(settings, SslProvider.OPENSSL, "OpenSSL (" + OpenSsl.versionString() + ")");
            }
            case AUTO -> OpenSsl.isAvailable()
                    ? new ServerTls(settings, SslProvider.OPENSSL, "OpenSSL (" + OpenSsl.versionString() + ")")
                    : new ServerTls(settings, SslProvider.JDK, "JDK because OpenSSL is unavailable: " + cause());
        };
        FileStamps stamps = tls.stamps();
        try {
            tls.install(TlsCredentials.load(settings.certificateChain(), settings.privateKey(), settings.keyPassword()));
        } catch (TlsCredentials.TlsFileException | SSLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        tls.loaded = stamps;
        tls.seen = stamps;
        return tls;
    }

    private static String cause() {
        Throwable cause = OpenSsl.unavailabilityCause();
        return cause == null ? "no reason given" : String.valueOf(cause.getMessage());
    }

    /** One line for the startup log: the provider and why, the certificate and how it is reloaded. */
    public synchronized String describe() {
        long seconds = settings.fileCheckInterval().toSeconds();
        return "TLS via " + providerChoice + ", certificate " + subject + ", TLSv1.3 and TLSv1.2, reloaded on SIGHUP"
                + (settings.fileCheckInterval().isZero() ? "" : " and on file changes (checked every "
                        + (seconds > 0 ? seconds + " s" : settings.fileCheckInterval().toMillis() + " ms") + ")");
    }

    /** The TLS handler of a new connection, with the context in use now. Event loop. */
    SslHandler newHandler(Channel channel) {
        SslHandler handler = context.newHandler(channel.alloc());
        // NOTE: the connection's header-read timeout runs from its start until its first request's
        // headers, so it also closes a client that never finishes the handshake; a second timer is not needed.
        handler.setHandshakeTimeoutMillis(0);
        return handler;
    }

    /** Starts checking the files for changes and reloading on SIGHUP. */
    public synchronized void watch() {
        HangupSignal.add(hangup);
        if (!settings.fileCheckInterval().isZero()) {
            checks = Executors.newSingleThreadScheduledExecutor(task -> Thread.ofPlatform()
                    .name("peregrine-tls-files").daemon().unstarted(task));
            long every = settings.fileCheckInterval().toNanos();
            checks.scheduleWithFixedDelay(this::checkFiles, every, every, TimeUnit.NANOSECONDS);
        }
    }

    /** Stops the checks and the SIGHUP handling. */
    public synchronized void stop() {
        HangupSignal.remove(hangup);
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
    }

    /**
     * Reads the files again and, when they make a valid context, uses it for new connections.
     *
     * @param why what asked for the reload, for the log
     * @return whether the new context is in use; when not, the old one is and the error was logged
     */
    public synchronized boolean reload(String why) {
        FileStamps stamps = stamps();
        loaded = stamps;
        seen = stamps;
        String before = subject;
        try {
            install(TlsCredentials.load(settings.certificateChain(), settings.privateKey(), settings.keyPassword()));
        } catch (TlsCredentials.TlsFileException | SSLException | RuntimeException e) {
            LOG.error("TLS certificate not reloaded ({}); new connections keep the certificate {}: {}", why, before,
                    e.getMessage());
            return false;
        }
        LOG.info("TLS certificate reloaded ({}): {} for new connections (was {})", why, subject, before);
        return true;
    }

    private synchronized void checkFiles() {
        try {
            FileStamps now = stamps();
            if (now.equals(loaded) || !now.equals(seen)) {
                seen = now;
                return;
            }
            reload("the files changed");
        } catch (RuntimeException e) {
            // NOTE: a check that throws would end the schedule, and with it every later check.
            LOG.error("Checking the TLS files {} and {} failed; the next check tries again", settings.certificateChain(),
                    settings.privateKey(), e);
        }
    }

    private void install(TlsCredentials credentials) throws SSLException {
        SslContext next = SslContextBuilder.forServer(credentials.key(), credentials.chain())
                .sslProvider(provider)
                .protocols(PROTOCOLS)
                .applicationProtocolConfig(ALPN)
                .build();
        Instant expires = credentials.chain().getFirst().getNotAfter().toInstant();
        if (expires.isBefore(Instant.now())) {
            LOG.warn("TLS certificate {} from {} expired at {}; clients will refuse it", credentials.subject(),
                    settings.certificateChain(), expires);
        }
        context = next;
        subject = credentials.subject() + " (until " + expires + ")";
    }

    private FileStamps stamps() {
        return new FileStamps(FileStamp.of(settings.certificateChain()), FileStamp.of(settings.privateKey()));
    }
}
