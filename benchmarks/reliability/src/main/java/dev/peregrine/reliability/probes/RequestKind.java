package dev.peregrine.reliability.probes;

import java.nio.charset.StandardCharsets;

/**
 * One kind of request in a load mix and the answer it must get.
 *
 * @param name a short name for reports
 * @param bytes the request as sent, head and body
 * @param expectedStatus the status it must be answered with
 * @param expectedBodyBytes the response body's length it must have, or -1 for any
 * @param ownConnection whether it is sent on a connection of its own, because the server closes
 *     the connection after answering it (a malformed request)
 * @param weight its share of the mix, relative to the other kinds'
 */
record RequestKind(String name, byte[] bytes, int expectedStatus, long expectedBodyBytes, boolean ownConnection, int weight) {

    /** A keep-alive GET of {@code target}. */
    static RequestKind get(String name, String target, int expectedStatus, long expectedBodyBytes, int weight) {
        return new RequestKind(name, ascii("GET " + target + " HTTP/1.1\r\nHost: probe\r\n\r\n"), expectedStatus,
                expectedBodyBytes, false, weight);
    }

    /** A keep-alive POST to {@code /echo} of a JSON body of {@code bodyBytes}; the answer is its length. */
    static RequestKind post(String name, int bodyBytes, int weight) {
        StringBuilder body = new StringBuilder("{\"data\":\"");
        body.append("x".repeat(Math.max(0, bodyBytes - 11)));
        body.append("\"}");
        String text = body.toString();
        return new RequestKind(name, ascii("POST /echo HTTP/1.1\r\nHost: probe\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + text.length() + "\r\n\r\n" + text), 200, Integer.toString(text.length()).length(),
                false, weight);
    }

    /** A malformed request, sent on a connection of its own, which must get 400. */
    static RequestKind malformed(String name, String request, int weight) {
        return new RequestKind(name, ascii(request), 400, -1, true, weight);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
