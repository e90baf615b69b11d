/**
 * Prometheus metrics and a management server for Peregrine's server, on Micrometer:
 * {@code PeregrineMetrics}. Its {@code internal} package is not exported.
 */
module dev.peregrine.metrics {
    requires transitive dev.peregrine.netty;
    requires transitive micrometer.core;
    requires transitive micrometer.registry.prometheus;
    requires org.slf4j;

    exports dev.peregrine.metrics;
}
