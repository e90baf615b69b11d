package dev.peregrine.netty;

import dev.peregrine.netty.config.Configuration;
import dev.peregrine.netty.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The server settings a {@link Configuration} may give, each with the builder method it goes
 * through (so it is checked exactly as in code) and how to read it back from
 * {@link ServerSettings} for the startup log.
 */
final class ConfigurableSettings {

    /** One setting: its key, how to apply a configured value, and how to read the result. */
    private record Knob(String key, BiConsumer<ServerBuilder, Setting> apply, Function<ServerSettings, Object> read) {
    }

    private static final List<Knob> KNOBS = List.of(
            new Knob("host", (b, s) -> b.host(s.asText()), ServerSettings::host),
            new Knob("port", (b, s) -> b.port(s.asInt(0, 65_535)), ServerSettings::port),
            new Knob("ioThreads", (b, s) -> b.ioThreads(s.asInt(1, 1024)), ServerSettings::ioThreads),
            new Knob("backlog", (b, s) -> b.backlog(s.asInt(1, 65_535)), ServerSettings::backlog),
            new Knob("nativeTransport", (b, s) -> b.nativeTransport(s.asBoolean()), ServerSettings::nativeTransport),
            new Knob("dispatch", (b, s) -> b.dispatch(s.asEnum(Dispatch.class)), ServerSettings::dispatch),
            new Knob("maxConcurrentRequests", (b, s) -> b.maxConcurrentRequests(s.asInt(1, Integer.MAX_VALUE)),
                    ServerSettings::maxConcurrentRequests),
            new Knob("poolThreads", (b, s) -> b.poolThreads(s.asInt(1, 10_000)), ServerSettings::poolThreads),
            new Knob("bufferedBodyLimit", (b, s) -> b.bufferedBodyLimit(s.asSize(0, 16 * 1024 * 1024)),
                    ServerSettings::bufferedBodyLimit),
            new Knob("maxRequestLineLength", (b, s) -> b.maxRequestLineLength(s.asSize(64, 1024 * 1024)),
                    ServerSettings::maxRequestLineLength),
            new Knob("maxHeaderSize", (b, s) -> b.maxHeaderSize(s.asSize(256, 1024 * 1024)), ServerSettings::maxHeaderSize),
            new Knob("maxBodySize", (b, s) -> b.maxBodySize(s.asSize()), ServerSettings::maxBodySize),
            new Knob("maxPipelinedRequests", (b, s) -> b.maxPipelinedRequests(s.asInt(1, 1024)),
                    ServerSettings::maxPipelinedRequests),
            new Knob("outboundBufferLimit", (b, s) -> b.outboundBufferLimit(s.asSize(2 * 1024, 64 * 1024 * 1024)),
                    ServerSettings::outboundBufferLimit),
            new Knob("headerReadTimeout", (b, s) -> b.headerReadTimeout(positive(s)), ServerSettings::headerReadTimeout),
            new Knob("bodyReadTimeout", (b, s) -> b.bodyReadTimeout(positive(s)), ServerSettings::bodyReadTimeout),
            new Knob("minBodyRate", (b, s) -> b.minBodyRate(s.asSize(), b.bodyRateGrace()), ServerSettings::minBodyRate),
            new Knob("bodyRateGrace", (b, s) -> b.minBodyRate(b.minBodyRate(), positive(s)), ServerSettings::bodyRateGrace),
            new Knob("writeTimeout", (b, s) -> b.writeTimeout(positive(s)), ServerSettings::writeTimeout),
            new Knob("idleTimeout", (b, s) -> b.idleTimeout(positive(s)), ServerSettings::idleTimeout),
            new Knob("maxConnections", (b, s) -> b.maxConnections(s.asInt(1, Integer.MAX_VALUE)), ServerSettings::maxConnections),
            new Knob("maxConnectionsPerAddress", (b, s) -> b.maxConnectionsPerAddress(s.asInt(0, Integer.MAX_VALUE)),
                    ServerSettings::maxConnectionsPerAddress),
            new Knob("drainTimeout", (b, s) -> b.drainTimeout(s.asDuration()), ServerSettings::drainTimeout),
            new Knob("drainGrace", (b, s) -> b.drainGrace(s.asDuration()), ServerSettings::drainGrace),
            new Knob("requestIds", (b, s) -> b.requestIds(s.asText()), ServerSettings::requestIdHeader),
            new Knob("healthChecks", ConfigurableSettings::healthChecks,
                    settings -> settings.livenessPath() == null ? null : settings.livenessPath() + "," + settings.readinessPath()),
            new Knob("stopDelay", (b, s) -> b.stopDelay(s.asDuration()), ServerSettings::stopDelay));

    private ConfigurableSettings() {
    }

    /** The keys a configuration may give the server, in the order the log lists them. */
    static List<String> keys() {
        return KNOBS.stream().map(Knob::key).toList();
    }

    /**
     * Applies every server setting {@code configuration} gives to {@code builder}, through the
     * builder's own methods, and fails on settings nobody took.
     *
     * @return the settings given, for {@link #describe}
     * @throws IllegalArgumentException naming the first setting that is malformed or out of range,
     *     or every setting nobody reads
     */
    static List<Setting> apply(Configuration configuration, ServerBuilder builder) {
        List<Setting> applied = new ArrayList<>();
        for (Knob knob : KNOBS) {
            configuration.take(knob.key()).ifPresent(setting -> {
                try {
                    knob.apply().accept(builder, setting);
                } catch (IllegalArgumentException e) {
                    throw e.getMessage().startsWith("Setting ") ? e : setting.invalid("is refused", e.getMessage());
                }
                applied.add(setting);
            });
        }
        applyTls(configuration, builder, applied);
        ConfiguredObservability.applyTrustedProxies(configuration, builder.app()).ifPresent(applied::add);
        ConfiguredObservability.accessLog(configuration, builder.app(), applied).ifPresent(builder::accessLog);
        configuration.requireAllTaken();
        return applied;
    }

    /**
     * One line for the startup log naming each value that is not the default and where it came
     * from: a setting (naming what the code said, when it differed) or the code; {@code null}
     * when everything is at its default.
     */
    static String describe(ServerSettings defaults, ServerSettings fromCode, ServerSettings running, List<Setting> given) {
        List<String> parts = new ArrayList<>();
        for (Knob knob : KNOBS) {
            Object value = knob.read().apply(running);
            Setting setting = given.stream().filter(s -> s.key().equals(knob.key())).findFirst().orElse(null);
            if (setting != null) {
                Object coded = knob.read().apply(fromCode);
                Object initial = knob.read().apply(defaults);
                parts.add(knob.key() + "=" + shown(value) + " from " + setting.source()
                        + (Objects.equals(coded, initial) || Objects.equals(coded, value) ? "" : ", over " + shown(coded) + " in code"));
            } else if (!Objects.equals(value, knob.read().apply(defaults))) {
                parts.add(knob.key() + "=" + shown(value) + " from code");
            }
        }
        for (Setting setting : given) {
            if (KNOBS.stream().noneMatch(knob -> knob.key().equals(setting.key()))) {
                parts.add(setting.key() + "=" + setting.value() + " from " + setting.source());
            }
        }
        return parts.isEmpty() ? null : "settings not at their defaults: " + String.join(", ", parts);
    }

    private static String shown(Object value) {
        return value instanceof Duration duration ? duration.toMillis() + "ms" : String.valueOf(value);
    }

    /**
     * {@code tlsCertificate} and {@code tlsKey} (PEM files) switch TLS on, with {@code tlsKeyPassword}
     * and {@code tlsProvider} ({@code auto}, {@code openssl}, {@code jdk}) when given; replacing
     * TLS settings made in code.
     */
    private static void applyTls(Configuration configuration, ServerBuilder builder, List<Setting> applied) {
        Optional<Setting> certificate = configuration.take("tlsCertificate");
        Optional<Setting> key = configuration.take("tlsKey");
        Optional<Setting> password = configuration.take("tlsKeyPassword");
        Optional<Setting> provider = configuration.take("tlsProvider");
        if (certificate.isEmpty() || key.isEmpty()) {
            Optional<Setting> alone = certificate.or(() -> key).or(() -> password).or(() -> provider);
            if (alone.isPresent()) {
                throw alone.get().invalid("is given without " + (certificate.isEmpty() ? "tlsCertificate" : "tlsKey"),
                        "give both " + Configuration.envName("tlsCertificate") + " and " + Configuration.envName("tlsKey")
                        + " (PEM files), or neither");
            }
            return;
        }
        TlsSettings tls = TlsSettings.of(Path.of(certificate.get().asText()), Path.of(key.get().asText()));
        applied.add(certificate.get());
        applied.add(key.get());
        if (password.isPresent()) {
            tls = tls.withKeyPassword(password.get().value());
        }
        if (provider.isPresent()) {
            tls = tls.withProvider(provider.get().asEnum(TlsProvider.class));
            applied.add(provider.get());
        }
        builder.tls(tls);
    }

    /** {@code /health/live,/health/ready}: the liveness path, a comma, the readiness path. */
    private static void healthChecks(ServerBuilder builder, Setting setting) {
        String[] paths = setting.asText().split(",", -1);
        if (paths.length != 2) {
            throw setting.invalid("is not two paths", "give the liveness and the readiness path, for example /health/live,/health/ready");
        }
        builder.healthChecks(paths[0].trim(), paths[1].trim());
    }

    private static Duration positive(Setting setting) {
        Duration duration = setting.asDuration();
        if (duration.isZero() || duration.isNegative()) {
            throw setting.invalid("is not positive", "use a positive duration, for example 30s");
        }
        return duration;
    }
}
