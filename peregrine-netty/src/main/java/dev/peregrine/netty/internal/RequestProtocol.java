package dev.peregrine.netty.internal;

import dev.peregrine.spi.HttpExchange;

/** The HTTP version a request was sent with, which the core's exchange does not carry; for access logs. */
public final class RequestProtocol {

    private RequestProtocol() {
    }

    /** {@code HTTP/1.0} or {@code HTTP/1.1} for a request this server read; {@code HTTP/1.1} for any other exchange. */
    public static String of(HttpExchange exchange) {
        return exchange instanceof NettyExchange netty ? netty.request().protocolVersion().text() : "HTTP/1.1";
    }
}
