package dev.peregrine.reliability.fuzz;

import java.util.Random;

/**
 * Mutations of the header section: obs-fold, a missing colon, whitespace before the colon, NUL,
 * bare CR and bare LF in names and values, Host missing or repeated, empty names, huge values and
 * thousands of headers. Each returns what RFC 9112 lets the server do with the result.
 */
final class HeaderMutations {

    private static final String[] VARIANTS = {
        "obs-fold", "missing colon", "space before colon", "NUL in value", "NUL in name", "bare CR in value",
        "bare LF in value", "CR LF in name", "no Host in HTTP/1.1", "duplicate Host", "empty Host", "empty name",
        "huge value", "thousands of headers", "non-token name", "8-bit value", "tab in value", "Connection: close",
        "many small headers under the limit", "header line of only spaces"
    };

    private HeaderMutations() {
    }

    static int variants() {
        return VARIANTS.length;
    }

    static String name(int variant) {
        return VARIANTS[variant];
    }

    static Expectation apply(int variant, RawRequest request, Random random) {
        int at = random.nextInt(request.headerLines.size() + 1);
        switch (variant) {
            case 0 -> request.headerLines.add(at, random.nextBoolean() ? " folded-continuation" : "\tfolded");
            case 1 -> request.headerLines.add(at, "X-No-Colon value");
            case 2 -> request.headerLines.add(at, "X-Space : value");
            case 3 -> request.headerLines.add(at, "X-Nul: a\0b");
            case 4 -> request.headerLines.add(at, "X-N\0ul: value");
            case 5 -> request.headerLines.add(at, "X-Cr: a\rb");
            case 6 -> request.headerLines.add(at, "X-Lf: a\nb");
            case 7 -> request.headerLines.add(at, "X-Bad\r\nName: value");
            case 8 -> {
                request.headerLines.removeIf(line -> line.startsWith("Host:"));
                return Expectation.REJECT;
            }
            case 9 -> {
                request.headerLines.add(at, "Host: other");
                return Expectation.REJECT;
            }
            case 10 -> request.headerLines.replaceAll(line -> line.startsWith("Host:") ? "Host:" : line);
            case 11 -> request.headerLines.add(at, ": value");
            case 12 -> request.headerLines.add(at, "X-Huge: " + "v".repeat(FuzzTarget.MAX_HEADER_SIZE + random.nextInt(20_000)));
            case 13 -> {
                int count = 1_000 + random.nextInt(3_000);
                for (int i = 0; i < count; i++) {
                    request.headerLines.add("X-" + i + ": v");
                }
            }
            case 14 -> request.headerLines.add(at, "X(Bad)@Name: value");
            case 15 -> request.headerLines.add(at, "X-Latin: caf" + (char) 0xE9 + (char) 0xFF);
            case 16 -> {
                request.headerLines.add(at, "X-Tab:\tvalue\twith\ttabs\t");
                return Expectation.EITHER;
            }
            case 17 -> {
                request.headerLines.add(at, "Connection: close");
                return Expectation.EITHER;
            }
            case 18 -> {
                for (int i = 0; i < 50; i++) {
                    request.headerLines.add("X-" + i + ": v");
                }
                return Expectation.ACCEPT;
            }
            case 19 -> request.headerLines.add(at, "   ");
            default -> throw new IllegalArgumentException("no header variant " + variant);
        }
        return Expectation.EITHER;
    }
}
