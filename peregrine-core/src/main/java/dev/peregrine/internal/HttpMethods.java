package dev.peregrine.internal;

import java.util.List;

/**
 * The request methods Peregrine recognizes (Falcon's list: RFC 9110's, WebDAV's and QUERY), each
 * with a small index so responders can sit in an array instead of a map.
 */
public final class HttpMethods {

    /** Every recognized method, in index order. */
    public static final List<String> ALL = List.of(
            "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE", "QUERY",
            "CHECKIN", "CHECKOUT", "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "REPORT",
            "UNCHECKIN", "UNLOCK", "UPDATE", "VERSION-CONTROL");

    /** Index of GET. */
    public static final int GET = 0;
    /** Index of HEAD. */
    public static final int HEAD = 1;
    /** Index of OPTIONS. */
    public static final int OPTIONS = 6;
    /** How many methods are recognized. */
    public static final int COUNT = ALL.size();

    private HttpMethods() {
    }

    /**
     * The index of a method, or -1 when it is not recognized (the caller answers 501).
     * Method names are case-sensitive (RFC 9110 §9.1).
     */
    public static int indexOf(String method) {
        // PERF: a string switch compiles to a hash jump; no map lookup or allocation.
        return switch (method) {
            case "GET" -> 0;
            case "HEAD" -> 1;
            case "POST" -> 2;
            case "PUT" -> 3;
            case "PATCH" -> 4;
            case "DELETE" -> 5;
            case "OPTIONS" -> 6;
            case "CONNECT" -> 7;
            case "TRACE" -> 8;
            case "QUERY" -> 9;
            case "CHECKIN" -> 10;
            case "CHECKOUT" -> 11;
            case "COPY" -> 12;
            case "LOCK" -> 13;
            case "MKCOL" -> 14;
            case "MOVE" -> 15;
            case "PROPFIND" -> 16;
            case "PROPPATCH" -> 17;
            case "REPORT" -> 18;
            case "UNCHECKIN" -> 19;
            case "UNLOCK" -> 20;
            case "UPDATE" -> 21;
            case "VERSION-CONTROL" -> 22;
            default -> -1;
        };
    }

    /**
     * The responder method name for a method and optional suffix: {@code GET} is {@code onGet},
     * {@code VERSION-CONTROL} with suffix {@code "item"} is {@code onVersionControlItem}.
     */
    public static String responderName(String method, String suffix) {
        StringBuilder name = new StringBuilder("on");
        boolean upper = true;
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (c == '-') {
                upper = true;
                continue;
            }
            name.append(upper ? c : Character.toLowerCase(c));
            upper = false;
        }
        if (suffix != null && !suffix.isEmpty()) {
            name.append(Character.toUpperCase(suffix.charAt(0))).append(suffix, 1, suffix.length());
        }
        return name.toString();
    }
}
