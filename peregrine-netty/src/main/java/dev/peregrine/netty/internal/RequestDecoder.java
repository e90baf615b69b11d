package dev.peregrine.netty.internal;

import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;

/** Netty's request decoder, which also tells whether it holds bytes of a request not yet decoded. */
final class RequestDecoder extends HttpRequestDecoder {

    RequestDecoder(HttpDecoderConfig config) {
        super(config);
    }

    /** Whether bytes the client sent wait here, undecoded: a request after the last one decoded. Event loop. */
    boolean holdsBytes() {
        return actualReadableBytes() > 0;
    }
}
