package dev.peregrine.reliability.fuzz;

import java.util.Arrays;
import java.util.Random;

/**
 * Random byte-level damage to valid bytes: bit flips, overwrites and insertions (biased towards the
 * bytes HTTP's grammar turns on: CR, LF, NUL, space, colon, semicolon, comma, digits, hex letters,
 * 8-bit bytes), deletions, duplicated ranges and truncation.
 */
final class ByteMutations {

    private static final byte[] INTERESTING = ValidRequests.ascii("\r\n\0 :;,\t\"0129afF-+%/?#\u007f\u0080\u00ff");
    private static final String[] KINDS = {"bit flip", "overwrite", "insert", "delete", "duplicate range", "truncate"};

    private ByteMutations() {
    }

    /** Applies one to four random mutations to {@code bytes}; {@code names} receives their names, joined by '+'. */
    static byte[] mutate(byte[] bytes, Random random, StringBuilder names) {
        byte[] result = bytes;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count && result.length > 0; i++) {
            int kind = random.nextInt(KINDS.length);
            if (!names.isEmpty()) {
                names.append('+');
            }
            names.append(KINDS[kind]);
            result = apply(kind, result, random);
        }
        return result;
    }

    private static byte[] apply(int kind, byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length);
        return switch (kind) {
            case 0 -> {
                byte[] flipped = bytes.clone();
                flipped[at] ^= (byte) (1 << random.nextInt(8));
                yield flipped;
            }
            case 1 -> {
                byte[] overwritten = bytes.clone();
                overwritten[at] = pick(random);
                yield overwritten;
            }
            case 2 -> {
                int length = 1 + random.nextInt(4);
                byte[] inserted = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, inserted, 0, at);
                for (int i = 0; i < length; i++) {
                    inserted[at + i] = pick(random);
                }
                System.arraycopy(bytes, at, inserted, at + length, bytes.length - at);
                yield inserted;
            }
            case 3 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(8));
                byte[] deleted = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, deleted, 0, at);
                System.arraycopy(bytes, at + length, deleted, at, bytes.length - at - length);
                yield deleted;
            }
            case 4 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(32));
                byte[] duplicated = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, duplicated, 0, at + length);
                System.arraycopy(bytes, at, duplicated, at + length, bytes.length - at);
                yield duplicated;
            }
            case 5 -> Arrays.copyOf(bytes, at);
            default -> throw new IllegalArgumentException("no byte mutation " + kind);
        };
    }

    private static byte pick(Random random) {
        return random.nextInt(3) == 0 ? (byte) random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)];
    }
}
