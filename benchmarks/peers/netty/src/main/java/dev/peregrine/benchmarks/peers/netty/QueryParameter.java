package dev.peregrine.benchmarks.peers.netty;

import io.netty.handler.codec.http.QueryStringDecoder;

/** Finds one query parameter in a raw query string without building a map of all of them. */
final class QueryParameter {

    private QueryParameter() {
    }

    /** The decoded value of the first {@code name} in {@code query} ({@code a=1&b=2}), or null. */
    static String first(String query, String name) {
        int start = 0;
        while (start < query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            int equals = query.indexOf('=', start);
            boolean hasValue = equals >= 0 && equals < end;
            int nameEnd = hasValue ? equals : end;
            if (nameEnd - start == name.length() && query.startsWith(name, start)) {
                return hasValue ? QueryStringDecoder.decodeComponent(query.substring(equals + 1, end)) : "";
            }
            start = end + 1;
        }
        return null;
    }
}
