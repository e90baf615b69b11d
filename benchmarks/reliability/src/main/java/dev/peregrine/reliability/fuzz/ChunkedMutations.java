package dev.peregrine.reliability.fuzz;

import static dev.peregrine.reliability.fuzz.ValidRequests.ascii;

import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * Mutations of a chunked body whose one chunk holds a complete request: a server that misreads the
 * chunk size (a sign, an overflow that wraps, a missing CRLF) serves that request, and the echo of
 * its hidden target gives the smuggle away. Each returns what RFC 9112 §7.1 lets the server do.
 */
final class ChunkedMutations {

    private static final String[] VARIANTS = {
        "leading zeros", "uppercase hex", "plus sign", "minus sign", "0x prefix", "hex overflow wrapping to the size",
        "size above 2^63", "space before size", "space after size", "extension", "quoted extension",
        "thousands of extensions", "no CRLF after data", "LF only after size", "bare CR after size",
        "size smaller than data", "size larger than data", "trailer", "trailer without colon",
        "Content-Length trailer", "no last chunk", "overlong size line", "NUL in size", "no final CRLF"
    };

    private ChunkedMutations() {
    }

    static int variants() {
        return VARIANTS.length;
    }

    static String name(int variant) {
        return VARIANTS[variant];
    }

    /** Makes {@code request} a chunked POST whose body is mutated by {@code variant}. */
    static Expectation apply(int variant, RawRequest request, Random random) {
        byte[] data = ValidRequests.hiddenRequest();
        String size = Integer.toHexString(data.length);
        String sizeLine = size;
        String afterSize = "\r\n";
        String afterData = "\r\n";
        String last = "0\r\n\r\n";
        Expectation expectation = Expectation.REJECT;
        switch (variant) {
            case 0 -> {
                sizeLine = "0".repeat(1 + random.nextInt(20)) + size;
                expectation = Expectation.ACCEPT;
            }
            case 1 -> {
                sizeLine = size.toUpperCase();
                expectation = Expectation.ACCEPT;
            }
            case 2 -> sizeLine = "+" + size;
            case 3 -> sizeLine = "-" + size;
            case 4 -> sizeLine = "0x" + size;
            case 5 -> sizeLine = "1" + "0".repeat(16 - size.length()) + size;
            case 6 -> sizeLine = random.nextBoolean() ? "8000000000000000" : "ffffffffffffffffff";
            case 7 -> {
                sizeLine = " " + size;
                expectation = Expectation.EITHER;
            }
            case 8 -> {
                sizeLine = size + " ";
                expectation = Expectation.EITHER;
            }
            case 9 -> {
                sizeLine = size + ";name=value";
                expectation = Expectation.ACCEPT;
            }
            case 10 -> {
                sizeLine = size + ";name=\"quoted;value\"";
                expectation = Expectation.ACCEPT;
            }
            case 11 -> {
                sizeLine = size + ";e=v".repeat(1_000 + random.nextInt(3_000));
                expectation = Expectation.EITHER;
            }
            case 12 -> afterData = "";
            case 13 -> {
                afterSize = "\n";
                expectation = Expectation.EITHER;
            }
            case 14 -> afterSize = "\r";
            case 15 -> sizeLine = Integer.toHexString(data.length - 1 - random.nextInt(10));
            case 16 -> sizeLine = Integer.toHexString(data.length + 1 + random.nextInt(10));
            case 17 -> {
                last = "0\r\nX-Trailer: value\r\n\r\n";
                expectation = Expectation.ACCEPT;
            }
            case 18 -> {
                last = "0\r\nno colon here\r\n\r\n";
                expectation = Expectation.EITHER;
            }
            case 19 -> {
                last = "0\r\nContent-Length: 5\r\n\r\n";
                expectation = Expectation.EITHER;
            }
            case 20 -> last = "";
            case 21 -> {
                sizeLine = "0".repeat(5_000 + random.nextInt(5_000)) + size;
                expectation = Expectation.EITHER;
            }
            case 22 -> sizeLine = size + "\0";
            case 23 -> {
                last = "0\r\n";
                expectation = Expectation.EITHER;
            }
            default -> throw new IllegalArgumentException("no chunked variant " + variant);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ascii(sizeLine + afterSize));
        body.writeBytes(data);
        body.writeBytes(ascii(afterData + last));
        request.method = "POST";
        request.header("Transfer-Encoding", "chunked");
        request.body = body.toByteArray();
        return expectation;
    }
}
