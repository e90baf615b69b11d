package dev.peregrine.properties;

import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs for the parsers' property tests: arbitrary text, text over the characters a grammar turns
 * on, and valid values with a few random mutations (the inputs most likely to reach deep into a
 * parser and find the case it forgot).
 */
public final class NearValid {

    /**
     * The bound on parsing a 1 MB input. NOTE: timing is otherwise kept out of the default suite;
     * this one is 100 to 1,000 times what a linear parser needs even on a busy machine, while a
     * quadratic one needs hours for a megabyte, so it cannot flake and still catches the blow-up.
     */
    public static final Duration LINEAR_BOUND = Duration.ofSeconds(2);

    /** Length of the inputs checked against {@link #LINEAR_BOUND}. */
    public static final int HUGE = 1_000_000;

    private NearValid() {
    }

    /** Any text: short strings of any characters (surrogates included), and strings over {@code specials}, letters and digits. */
    public static Arbitrary<String> anyText(String specials) {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().ascii().ofMaxLength(120),
                Arbitraries.strings().withChars(specials + "aZ09 ").ofMaxLength(120));
    }

    /** Text of valid characters only (no lone surrogates), as a builder would be given. */
    public static Arbitrary<String> wellFormedText(int maxLength) {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD').ofMaxLength(maxLength);
    }

    /** {@code valid} values, each mutated one to four times with characters from {@code specials}. */
    public static Arbitrary<String> mutationsOf(Arbitrary<String> valid, String specials) {
        return Combinators.combine(valid, Arbitraries.longs()).as((text, seed) -> mutate(text, new Random(seed), specials));
    }

    /** Fails the test when parsing takes longer than {@link #LINEAR_BOUND}. */
    public static <T> T withinLinearBound(Supplier<T> parse) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LINEAR_BOUND, parse::get);
    }

    static String mutate(String text, Random random, String specials) {
        StringBuilder out = new StringBuilder(text);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> out.insert(at, specials.charAt(random.nextInt(specials.length())));
                case 1 -> out.insert(at, (char) random.nextInt(0x100));
                case 2 -> {
                    if (at < out.length()) {
                        out.deleteCharAt(at);
                    }
                }
                case 3 -> out.insert(at, out.substring(at, Math.min(out.length(), at + 1 + random.nextInt(8))));
                case 4 -> out.setLength(Math.min(out.length(), at));
                case 5 -> {
                    if (at < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                    }
                }
                default -> out.insert(at, String.valueOf(specials.charAt(random.nextInt(specials.length()))).repeat(1 + random.nextInt(50)));
            }
        }
        return out.toString();
    }
}
