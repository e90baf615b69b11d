package dev.peregrine.netty.accesslog;

import dev.peregrine.TrustedProxies;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Configures an {@link AccessLog}; start from {@link AccessLog#file}, {@link AccessLog#stdout()},
 * {@link AccessLog#stream} or {@link AccessLog#syslog}. Every setting has a default.
 *
 * {@snippet :
 * AccessLog log = AccessLog.file(Path.of("/var/log/orders/access.log"))
 *         .format(AccessLogFormat.COMBINED)         // the default
 *         .asynchronous(8192)                       // the default: a request never waits on the disk
 *         .trustedProxies(TrustedProxies.of("10.0.0.0/8"))
 *         .build();
 * }
 */
public final class AccessLogBuilder {

    /** Lines the asynchronous queue holds by default. */
    public static final int DEFAULT_QUEUE_CAPACITY = 8192;
    /** Bytes of a syslog datagram by default: what RFC 5426 §3.2 says every receiver should take. */
    public static final int DEFAULT_MAX_DATAGRAM_SIZE = 2048;

    private final Destination destination;
    private AccessLogFormat format = AccessLogFormat.COMBINED;
    private boolean synchronous;
    private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
    private TrustedProxies proxies = TrustedProxies.none();
    private Clock clock = Clock.systemUTC();
    private SyslogFacility facility = SyslogFacility.LOCAL0;
    private String appName = "peregrine";
    private String hostname;
    private int maxDatagramSize = DEFAULT_MAX_DATAGRAM_SIZE;

    AccessLogBuilder(Destination destination) {
        this.destination = destination;
    }

    /** The line format (default {@link AccessLogFormat#COMBINED}, as nginx's and Apache's default). */
    public AccessLogBuilder format(AccessLogFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        return this;
    }

    // ---- Modes ---------------------------------------------------------------------------------

    /**
     * Writes each line on the thread that completed the request and flushes it at once, so that
     * no line is lost to a crash; each request then pays a write system call, and waits when the
     * disk does. Not for syslog.
     */
    public AccessLogBuilder synchronous() {
        if (destination.syslog()) {
            throw new IllegalStateException("A syslog access log is always asynchronous: its datagrams are sent by the"
                    + " log's own thread, never a request's; remove synchronous()");
        }
        this.synchronous = true;
        return this;
    }

    /** {@link #asynchronous(int)} with a queue of {@value #DEFAULT_QUEUE_CAPACITY} lines: the default mode. */
    public AccessLogBuilder asynchronous() {
        return asynchronous(DEFAULT_QUEUE_CAPACITY);
    }

    /**
     * Queues lines for a thread of the log's own, which writes and flushes them in batches: a
     * request never waits on the disk (the default). When {@code queueCapacity} lines are waiting,
     * further lines are dropped and counted ({@link AccessLog#droppedLines()}) rather than slowing
     * requests down.
     */
    public AccessLogBuilder asynchronous(int queueCapacity) {
        if (queueCapacity < 1 || queueCapacity > 1 << 24) {
            throw new IllegalArgumentException("The access log's queue capacity is " + queueCapacity
                    + "; it must be between 1 and " + (1 << 24) + " lines, for example " + DEFAULT_QUEUE_CAPACITY);
        }
        this.synchronous = false;
        this.queueCapacity = queueCapacity;
        return this;
    }

    // ---- Fields --------------------------------------------------------------------------------

    /**
     * The proxies whose forwarding headers give the client's address (default: none, so the
     * address is the peer's); pass the app's, as {@code app.requestOptions().trustedProxies()}
     * has them, so the log and {@code req.clientAddress()} agree.
     */
    public AccessLogBuilder trustedProxies(TrustedProxies proxies) {
        this.proxies = Objects.requireNonNull(proxies, "proxies");
        return this;
    }

    /** The clock that stamps lines (default {@link Clock#systemUTC()}); lines always print UTC. */
    public AccessLogBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    // ---- Syslog --------------------------------------------------------------------------------

    /** The syslog facility (default {@link SyslogFacility#LOCAL0}, a facility left to local use). */
    public AccessLogBuilder facility(SyslogFacility facility) {
        requireSyslog("facility");
        this.facility = Objects.requireNonNull(facility, "facility");
        return this;
    }

    /** The syslog APP-NAME (default {@code peregrine}): 1 to 48 printable ASCII characters, no spaces. */
    public AccessLogBuilder appName(String appName) {
        requireSyslog("appName");
        this.appName = checkHeaderField("appName", appName, 48, "orders-api");
        return this;
    }

    /** The syslog HOSTNAME (default: this machine's name): 1 to 255 printable ASCII characters, no spaces. */
    public AccessLogBuilder hostname(String hostname) {
        requireSyslog("hostname");
        this.hostname = checkHeaderField("hostname", hostname, 255, "web-1.example.com");
        return this;
    }

    /**
     * The largest datagram sent, header included (default {@value #DEFAULT_MAX_DATAGRAM_SIZE}
     * bytes, which RFC 5426 says receivers should accept; 480 is all they must); longer lines
     * are cut. Raise it only for a receiver known to take more (rsyslog takes 8 KiB).
     */
    public AccessLogBuilder maxDatagramSize(int bytes) {
        requireSyslog("maxDatagramSize");
        if (bytes < 480 || bytes > 65_507) {
            throw new IllegalArgumentException("maxDatagramSize is " + bytes + "; it must be between 480 (what every syslog"
                    + " receiver takes) and 65507 (the largest UDP payload), for example " + DEFAULT_MAX_DATAGRAM_SIZE);
        }
        this.maxDatagramSize = bytes;
        return this;
    }

    /**
     * The log, its file or socket open and, when asynchronous, its writer thread started.
     *
     * @throws IllegalStateException naming the file or host and the fix when it cannot be opened
     *     or resolved
     */
    public AccessLog build() {
        LineFormat lineFormat = format.lineFormat();
        LostLines lost = new LostLines();
        LineSink sink = destination.open(this);
        Delivery delivery = synchronous
                ? new SynchronousDelivery(lineFormat, sink, lost)
                : new AsynchronousDelivery(lineFormat, sink, lost, queueCapacity);
        return new AccessLog(lineFormat, delivery, lost, proxies, clock, format + " to " + sink + ", " + delivery);
    }

    private void requireSyslog(String setting) {
        if (!destination.syslog()) {
            throw new IllegalStateException(setting + "(...) configures a syslog access log, and this one writes to "
                    + destination + "; start from AccessLog.syslog(host, port) to log to syslog");
        }
    }

    private static String checkHeaderField(String setting, String value, int maxLength, String example) {
        Objects.requireNonNull(value, setting);
        if (!isPrintableAscii(value, maxLength)) {
            throw new IllegalArgumentException(setting + " \"" + value + "\" is not 1 to " + maxLength + " printable ASCII"
                    + " characters without spaces, as RFC 5424 requires; use a name such as " + example);
        }
        return value;
    }

    private static boolean isPrintableAscii(String value, int maxLength) {
        if (value.isEmpty() || value.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 33 || c > 126) {
                return false;
            }
        }
        return true;
    }

    /** This machine's name for syslog's HOSTNAME, or {@code -} (RFC 5424's nil value) when it has no usable one. */
    private static String localHostname() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return isPrintableAscii(name, 255) ? name : "-";
        } catch (UnknownHostException e) {
            return "-";
        }
    }

    /** Where lines go; each opens its own sink when the log is built. */
    sealed interface Destination {

        /** The sink, opened; {@code settings} carries the syslog settings. */
        LineSink open(AccessLogBuilder settings);

        /** Whether this is a syslog receiver, which takes the syslog settings and is always asynchronous. */
        default boolean syslog() {
            return false;
        }
    }

    /** An appended file. */
    record FileDestination(Path path) implements Destination {
        FileDestination {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public LineSink open(AccessLogBuilder settings) {
            return StreamSink.file(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** Standard output. */
    record StdoutDestination() implements Destination {
        @Override
        public LineSink open(AccessLogBuilder settings) {
            return StreamSink.stdout();
        }

        @Override
        public String toString() {
            return "stdout";
        }
    }

    /** A stream the application gives. */
    record StreamDestination(OutputStream out) implements Destination {
        StreamDestination {
            Objects.requireNonNull(out, "out");
        }

        @Override
        public LineSink open(AccessLogBuilder settings) {
            return StreamSink.of(out);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /** A syslog receiver, over UDP. */
    record SyslogDestination(String host, int port) implements Destination {
        SyslogDestination {
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("The syslog port is " + port + "; it must be between 1 and 65535,"
                        + " usually 514");
            }
        }

        @Override
        public boolean syslog() {
            return true;
        }

        @Override
        public LineSink open(AccessLogBuilder settings) {
            InetSocketAddress receiver = new InetSocketAddress(host, port);
            if (receiver.isUnresolved()) {
                throw new IllegalStateException("Cannot resolve the syslog host " + host + " of the access log;"
                        + " check the name, or give the receiver's IP address");
            }
            String hostname = settings.hostname == null ? localHostname() : settings.hostname;
            return new SyslogSink(receiver, settings.facility, hostname, settings.appName, settings.maxDatagramSize);
        }

        @Override
        public String toString() {
            return "syslog at " + host + ":" + port;
        }
    }
}
