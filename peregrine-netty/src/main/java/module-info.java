/**
 * Peregrine's embedded HTTP/1.1 server, on Netty: {@code PeregrineServer} and its settings, and
 * access logs ({@code dev.peregrine.netty.accesslog}). It talks to the core only through
 * {@code dev.peregrine.spi}; its {@code internal} package is not exported.
 */
module dev.peregrine.netty {
    requires transitive dev.peregrine;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll;
    requires org.slf4j;
    // NOTE: sun.misc.Signal: the only way to make SIGTERM a clean stop with exit status 0, and
    // SIGHUP a reload of the TLS certificate.
    requires jdk.unsupported;

    exports dev.peregrine.netty;
    exports dev.peregrine.netty.accesslog;
    exports dev.peregrine.netty.config;
}
