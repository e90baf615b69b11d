package dev.peregrine.reliability.fuzz;

import java.util.Random;

/**
 * Mutations of the request line: methods (lowercase, unknown, overlong, control bytes), targets
 * (%-encoding good and bad, bad UTF-8, absolute-form, asterisk, authority-form, dot segments,
 * overlong) and versions (missing, HTTP/0.9, 1.0, 2.0, lowercase, malformed).
 */
final class RequestLineMutations {

    private static final String[] VARIANTS = {
        "lowercase method", "unknown method", "long method", "method with control byte", "empty method",
        "percent-encoded target", "bad percent escape", "bad UTF-8 in target", "raw UTF-8 in target",
        "absolute-form", "asterisk", "authority-form", "dot segments", "empty target", "overlong target",
        "target without slash", "fragment", "missing version (HTTP/0.9)", "HTTP/1.0", "HTTP/2.0",
        "lowercase version", "HTTP/1.2", "malformed version", "extra spaces", "tab separators",
        "bare LF line ends", "leading empty lines"
    };

    private RequestLineMutations() {
    }

    static int variants() {
        return VARIANTS.length;
    }

    static String name(int variant) {
        return VARIANTS[variant];
    }

    /** Applies {@code variant} to {@code request}; returns whether the result is still a valid request. */
    static Expectation apply(int variant, RawRequest request, Random random) {
        switch (variant) {
            case 0 -> request.method = request.method.toLowerCase();
            case 1 -> request.method = random.nextBoolean() ? "BREW" : "PROPFIND";
            case 2 -> request.method = "X".repeat(200 + random.nextInt(2_000));
            case 3 -> request.method = "GE" + (char) random.nextInt(32) + "T";
            case 4 -> request.method = "";
            case 5 -> request.target = request.target + (request.target.contains("?") ? "&" : "?") + "p=%2F%3F%23%25%00";
            case 6 -> request.target = request.target + (random.nextBoolean() ? "/%zz" : "/%4");
            case 7 -> request.target = request.target + "/%C3%28%FF%ED%A0%80";
            case 8 -> request.target = request.target + "/" + (char) 0xC3 + (char) 0x28 + (char) 0xFF;
            case 9 -> request.target = "http://fuzz" + request.target;
            case 10 -> request.target = "*";
            case 11 -> request.target = "fuzz:80";
            case 12 -> request.target = request.target + "/../../etc/./passwd";
            case 13 -> request.target = "";
            case 14 -> request.target = request.target + "/" + "a".repeat(FuzzTarget.MAX_REQUEST_LINE + random.nextInt(4_000));
            case 15 -> request.target = request.target.substring(1);
            case 16 -> request.target = request.target + "#frag";
            case 17 -> request.version = null;
            case 18 -> {
                request.version = "HTTP/1.0";
                return Expectation.EITHER;
            }
            case 19 -> request.version = "HTTP/2.0";
            case 20 -> request.version = "http/1.1";
            case 21 -> request.version = "HTTP/1.2";
            case 22 -> request.version = random.nextBoolean() ? "HTTP/1." : "HTTP/11.1";
            case 23 -> request.target = " " + request.target + " ";
            case 24 -> request.method = request.method + "\t";
            case 25 -> request.lineEnd = "\n";
            case 26 -> request.method = "\r\n\r\n" + request.method;
            default -> throw new IllegalArgumentException("no request-line variant " + variant);
        }
        return Expectation.EITHER;
    }
}
