package dev.peregrine.reliability.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * Content-Length variants of a POST whose body is five filler bytes and then a complete request:
 * a server that takes the decoy length 5 (from a duplicate, a comma list, an overflowing number)
 * serves that request, and the echo of its hidden target gives the smuggle away. Each returns
 * what RFC 9112 §6.3 and RFC 9110 §8.6 let the server do.
 */
final class ContentLengthMutations {

    private static final String[] VARIANTS = {
        "duplicate, same value", "duplicate, decoy first", "duplicate, decoy last", "comma list, same values",
        "comma list, decoy", "negative", "above 2^63", "2^64 plus the decoy", "leading plus", "whitespace around",
        "tabs around", "leading zeros", "empty value", "space inside", "hex", "decimal point", "trailing garbage",
        "larger than the body"
    };

    private ContentLengthMutations() {
    }

    static int variants() {
        return VARIANTS.length;
    }

    static String name(int variant) {
        return VARIANTS[variant];
    }

    /**
     * Whether the requests after this variant's are framed as sent: a Content-Length larger than
     * the body rightly takes the next requests' bytes as body, so their echoes are not checked.
     */
    static boolean keepsLaterRequests(int variant) {
        return variant != 17;
    }

    /** Makes {@code request} a POST whose body holds a hidden request behind five filler bytes, framed by {@code variant}. */
    static Expectation apply(int variant, RawRequest request, Random random) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ValidRequests.ascii("fill="));
        body.writeBytes(ValidRequests.hiddenRequest());
        String length = Integer.toString(body.size());
        request.method = "POST";
        request.body = body.toByteArray();
        Expectation expectation = Expectation.REJECT;
        switch (variant) {
            case 0 -> {
                request.header("Content-Length", length).header("Content-Length", length);
                expectation = Expectation.EITHER;
            }
            case 1 -> request.header("Content-Length", "5").header("Content-Length", length);
            case 2 -> request.header("Content-Length", length).header("Content-Length", "5");
            case 3 -> {
                request.header("Content-Length", length + ", " + length);
                expectation = Expectation.EITHER;
            }
            case 4 -> request.header("Content-Length", random.nextBoolean() ? "5, " + length : length + ",5");
            case 5 -> request.header("Content-Length", "-" + length);
            case 6 -> request.header("Content-Length", random.nextBoolean() ? "9223372036854775808" : "99999999999999999999999");
            case 7 -> request.header("Content-Length", "18446744073709551621");
            case 8 -> request.header("Content-Length", "+" + length);
            case 9 -> {
                request.header("Content-Length", "  " + length + "  ");
                expectation = Expectation.ACCEPT;
            }
            case 10 -> {
                request.header("Content-Length", "\t" + length + "\t");
                expectation = Expectation.ACCEPT;
            }
            case 11 -> {
                request.header("Content-Length", "000" + length);
                expectation = Expectation.ACCEPT;
            }
            case 12 -> request.header("Content-Length", "");
            case 13 -> request.header("Content-Length", length.charAt(0) + " " + length.substring(1));
            case 14 -> request.header("Content-Length", "0x" + Integer.toHexString(body.size()));
            case 15 -> request.header("Content-Length", length + ".0");
            case 16 -> request.header("Content-Length", length + "x");
            case 17 -> {
                request.header("Content-Length", Integer.toString(body.size() + 1 + random.nextInt(100)));
                expectation = Expectation.EITHER;
            }
            default -> throw new IllegalArgumentException("no Content-Length variant " + variant);
        }
        return expectation;
    }
}
