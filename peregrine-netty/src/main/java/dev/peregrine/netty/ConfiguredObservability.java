package dev.peregrine.netty;

import dev.peregrine.App;
import dev.peregrine.TrustedProxies;
import dev.peregrine.netty.accesslog.AccessLog;
import dev.peregrine.netty.accesslog.AccessLogBuilder;
import dev.peregrine.netty.accesslog.AccessLogFormat;
import dev.peregrine.netty.accesslog.SyslogFacility;
import dev.peregrine.netty.config.Configuration;
import dev.peregrine.netty.config.Setting;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The configured settings that make objects rather than set values: the trusted proxies (the
 * app's, and the access log's) and the access log. Read by {@link ConfigurableSettings}.
 *
 * <ul>
 * <li>{@code trustedProxies}: addresses and ranges, comma-separated ({@code 127.0.0.1,10.0.0.0/8}).
 * <li>{@code accessLog}: {@code stdout}, {@code file:PATH} or {@code syslog:HOST:PORT}; then
 *     {@code accessLogFormat} ({@code common}, {@code combined}, {@code json}), {@code accessLogMode}
 *     ({@code sync} or {@code async}), {@code accessLogQueue} (lines, for async),
 *     {@code accessLogFacility} and {@code accessLogAppName} (for syslog).
 * </ul>
 */
final class ConfiguredObservability {

    private static final List<String> ACCESS_LOG_DETAILS =
            List.of("accessLogFormat", "accessLogMode", "accessLogQueue", "accessLogFacility", "accessLogAppName");

    private ConfiguredObservability() {
    }

    /** Sets the app's trusted proxies when configured; the setting, if given. */
    static Optional<Setting> applyTrustedProxies(Configuration configuration, App app) {
        Optional<Setting> given = configuration.take("trustedProxies");
        given.ifPresent(setting -> {
            TrustedProxies proxies;
            try {
                proxies = TrustedProxies.of(Arrays.stream(setting.asText().split(",")).map(String::trim).toList());
            } catch (IllegalArgumentException e) {
                throw setting.invalid("is refused", e.getMessage());
            }
            app.requestOptions().trustedProxies(proxies);
        });
        return given;
    }

    /**
     * The access log the configuration describes, with the app's trusted proxies, if it names one.
     *
     * @throws IllegalArgumentException naming a malformed setting, or a detail given without {@code accessLog}
     */
    static Optional<AccessLog> accessLog(Configuration configuration, App app, List<Setting> given) {
        Optional<Setting> destination = configuration.take("accessLog");
        if (destination.isEmpty()) {
            for (String detail : ACCESS_LOG_DETAILS) {
                Optional<Setting> stray = configuration.take(detail);
                if (stray.isPresent()) {
                    throw stray.get().invalid("is given without accessLog",
                            "set " + Configuration.envName("accessLog") + " to stdout, file:PATH or syslog:HOST:PORT, or remove it");
                }
            }
            return Optional.empty();
        }
        given.add(destination.get());
        AccessLogBuilder log = builderFor(destination.get());
        configuration.take("accessLogFormat").ifPresent(s -> {
            given.add(s);
            log.format(s.asEnum(AccessLogFormat.class));
        });
        Optional<Setting> queue = configuration.take("accessLogQueue");
        Optional<Setting> mode = configuration.take("accessLogMode");
        mode.ifPresent(given::add);
        queue.ifPresent(given::add);
        boolean synchronous = mode.isPresent() && switch (mode.get().value().toLowerCase(Locale.ROOT)) {
            case "sync" -> true;
            case "async" -> false;
            default -> throw mode.get().invalid("is not a mode", "use sync or async");
        };
        try {
            if (synchronous) {
                if (queue.isPresent()) {
                    throw queue.get().invalid("is given for a synchronous log", "remove it, or use accessLogMode=async");
                }
                log.synchronous();
            } else if (queue.isPresent()) {
                log.asynchronous(queue.get().asInt(1, 1 << 24));
            }
            configuration.take("accessLogFacility").ifPresent(s -> {
                given.add(s);
                log.facility(s.asEnum(SyslogFacility.class));
            });
            configuration.take("accessLogAppName").ifPresent(s -> {
                given.add(s);
                log.appName(s.asText());
            });
        } catch (IllegalStateException e) {
            throw destination.get().invalid("does not go with the access log's other settings", e.getMessage());
        }
        TrustedProxies proxies = app.requestOptions().trustedProxies();
        if (proxies != null) {
            log.trustedProxies(proxies);
        }
        return Optional.of(log.build());
    }

    private static AccessLogBuilder builderFor(Setting destination) {
        String value = destination.asText();
        if (value.equals("stdout")) {
            return AccessLog.stdout();
        }
        if (value.startsWith("file:") && value.length() > 5) {
            return AccessLog.file(Path.of(value.substring(5)));
        }
        if (value.startsWith("syslog:")) {
            int colon = value.lastIndexOf(':');
            if (colon > 7) {
                Setting port = new Setting(destination.key(), value.substring(colon + 1), destination.source());
                return AccessLog.syslog(value.substring(7, colon), port.asInt(1, 65_535));
            }
        }
        throw destination.invalid("is not a destination", "use stdout, file:PATH or syslog:HOST:PORT");
    }
}
