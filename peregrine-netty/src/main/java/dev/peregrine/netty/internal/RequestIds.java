package dev.peregrine.netty.internal;

import io.netty.handler.codec.http.HttpRequest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids: the client's when it sent a usable one, else a new random one. */
final class RequestIds {

    private static final int MAX_LENGTH = 200;
    private static final HexFormat HEX = HexFormat.of();

    private RequestIds() {
    }

    /**
     * The id {@code request} carries in {@code header}, when it is 1 to 200 visible ASCII
     * characters; otherwise a new one, put into the request's headers in place of what was there,
     * so the app reads the id the response and the logs carry.
     */
    static String take(HttpRequest request, String header) {
        String sent = request.headers().get(header);
        if (sent != null && usable(sent)) {
            return sent;
        }
        String id = generate();
        request.headers().set(header, id);
        return id;
    }

    /** 32 random hex digits (128 bits: unique without coordination between servers). */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }

    private static boolean usable(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c <= ' ' || c >= 127) {
                return false;
            }
        }
        return true;
    }
}
