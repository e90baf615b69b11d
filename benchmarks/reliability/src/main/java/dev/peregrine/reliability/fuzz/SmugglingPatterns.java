package dev.peregrine.reliability.fuzz;

import static dev.peregrine.reliability.fuzz.ValidRequests.ascii;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9112's request-smuggling patterns: a POST carrying both Content-Length and a (plain or
 * obfuscated) Transfer-Encoding, its body laid out so that whichever length a server believes
 * that the other does not, a complete hidden request follows. "CL.TE" bodies are a last chunk and
 * then the hidden request, all inside Content-Length: a server that reads chunked serves it.
 * "TE.CL" bodies are one chunk holding the hidden request, with Content-Length covering only the
 * size line: a server that reads Content-Length serves it.
 */
final class SmugglingPatterns {

    /**
     * A Transfer-Encoding header line.
     *
     * @param mustReject whether a server must reject a request carrying it (RFC 9112 §6.1, §5.1)
     * @param mayBeOther whether a correct server may see no Transfer-Encoding in it at all (another
     *                   header's name, or an obs-fold continuation of the line before): then a
     *                   "TE.CL" body's hidden request is rightly served, and that layout is not sent
     */
    private record Encoding(String name, String line, boolean mustReject, boolean mayBeOther) {

        Encoding(String name, String line, boolean mustReject) {
            this(name, line, mustReject, false);
        }
    }

    /** A layout of the body, and the encoding line the request carries. */
    private record Pattern(String layout, Encoding encoding) {
    }

    private static final Encoding[] ENCODINGS = {
        new Encoding("chunked", "Transfer-Encoding: chunked", false),
        new Encoding("space before colon", "Transfer-Encoding : chunked", true),
        new Encoding("xchunked", "Transfer-Encoding: xchunked", true),
        new Encoding("chunked, identity", "Transfer-Encoding: chunked, identity", true),
        new Encoding("identity, chunked", "Transfer-Encoding: identity, chunked", true),
        new Encoding("double chunked", "Transfer-Encoding: chunked, chunked", true),
        new Encoding("two chunked lines", "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked", true),
        new Encoding("chunked then other line", "Transfer-Encoding: chunked\r\nTransfer-Encoding: x", true),
        new Encoding("tab before value", "Transfer-Encoding:\tchunked", false),
        new Encoding("uppercase", "TRANSFER-ENCODING: CHUNKED", false),
        new Encoding("no space", "Transfer-Encoding:chunked", false),
        new Encoding("vertical tab", "Transfer-Encoding: \u000bchunked", true),
        new Encoding("NUL after", "Transfer-Encoding: chunked\0", true),
        new Encoding("quoted", "Transfer-Encoding: \"chunked\"", true),
        new Encoding("underscore name", "Transfer_Encoding: chunked", false, true),
        new Encoding("obs-fold", "Transfer-Encoding:\r\n chunked", false),
        new Encoding("leading space line", " Transfer-Encoding: chunked", false, true),
        new Encoding("bare LF before", "X-Before: x\nTransfer-Encoding: chunked", false),
        new Encoding("comma only", "Transfer-Encoding: ,chunked", false),
    };

    private static final List<Pattern> PATTERNS = patterns();

    private SmugglingPatterns() {
    }

    private static List<Pattern> patterns() {
        List<Pattern> patterns = new ArrayList<>();
        for (String layout : List.of("CL.TE", "TE.CL", "TE alone")) {
            for (Encoding encoding : ENCODINGS) {
                if (!(layout.equals("TE.CL") && encoding.mayBeOther())) {
                    patterns.add(new Pattern(layout, encoding));
                }
            }
        }
        patterns.add(new Pattern("CL.TE in HTTP/1.0", ENCODINGS[0]));
        return List.copyOf(patterns);
    }

    static int variants() {
        return PATTERNS.size();
    }

    static String name(int variant) {
        Pattern pattern = PATTERNS.get(variant);
        return pattern.layout() + ", " + pattern.encoding().name();
    }

    /**
     * Answers beyond the intended ones a correct server may give: when a server rightly sees no
     * Transfer-Encoding, a "TE alone" body's size line is the next request line, answered 400.
     */
    static int strayAnswers(int variant) {
        return PATTERNS.get(variant).layout().equals("TE alone") ? 1 : 0;
    }

    /** Makes {@code request} a POST with one of the patterns. */
    static Expectation apply(int variant, RawRequest request) {
        request.method = "POST";
        Pattern pattern = PATTERNS.get(variant);
        Encoding encoding = pattern.encoding();
        return switch (pattern.layout()) {
            case "CL.TE" -> clTe(request, encoding.line(), encoding.mustReject());
            case "TE.CL" -> teCl(request, encoding.line(), encoding.mustReject(), true);
            case "TE alone" -> teCl(request, encoding.line(), encoding.mustReject(), false);
            default -> {
                request.version = "HTTP/1.0";
                request.header("Connection", "keep-alive");
                yield clTe(request, encoding.line(), false);
            }
        };
    }

    private static Expectation clTe(RawRequest request, String encodingLine, boolean mustReject) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ascii("0\r\n\r\n"));
        body.writeBytes(ValidRequests.hiddenRequest());
        request.headerLines.add("Content-Length: " + body.size());
        request.headerLines.add(encodingLine);
        request.body = body.toByteArray();
        return mustReject ? Expectation.REJECT : Expectation.EITHER;
    }

    private static Expectation teCl(RawRequest request, String encodingLine, boolean mustReject, boolean withLength) {
        byte[] hidden = ValidRequests.hiddenRequest();
        String sizeLine = Integer.toHexString(hidden.length) + "\r\n";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ascii(sizeLine));
        body.writeBytes(hidden);
        body.writeBytes(ascii("\r\n0\r\n\r\n"));
        request.headerLines.add(encodingLine);
        if (withLength) {
            request.headerLines.add("Content-Length: " + sizeLine.length());
        }
        request.body = body.toByteArray();
        return mustReject ? Expectation.REJECT : Expectation.EITHER;
    }
}
