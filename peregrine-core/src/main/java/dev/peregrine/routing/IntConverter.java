package dev.peregrine.routing;

/**
 * The {@code int} converter, {@code int(num_digits=None, min=None, max=None)}: an optionally
 * signed run of ASCII digits that fits a {@code long}, as a {@link Long}.
 *
 * <p>As in Falcon, {@code +5}, {@code -5} and {@code 007} are accepted and whitespace is not;
 * {@code num_digits} is the exact length of the text (a sign counts), {@code min} and
 * {@code max} are inclusive. A number too large for a {@code long} does not match.
 */
final class IntConverter implements FieldConverter {

    private final int numDigits;
    private final long min;
    private final long max;

    private IntConverter(int numDigits, long min, long max) {
        this.numDigits = numDigits;
        this.min = min;
        this.max = max;
    }

    /** Makes the converter from {@code int(...)}'s arguments. */
    static IntConverter create(ConverterArguments arguments) {
        ConverterArguments bound = arguments.bind("int", "num_digits", "min", "max");
        Long numDigits = bound.integer("num_digits");
        if (numDigits != null && (numDigits < 1 || numDigits > Integer.MAX_VALUE)) {
            throw new UnacceptableRouteException("converter 'int' argument num_digits must be at least 1, not "
                    + numDigits);
        }
        Long min = bound.integer("min");
        Long max = bound.integer("max");
        if (min != null && max != null && min > max) {
            throw new UnacceptableRouteException("converter 'int' has min=" + min + " greater than max=" + max
                    + ", so nothing could match; swap them");
        }
        return new IntConverter(numDigits == null ? 0 : numDigits.intValue(),
                min == null ? Long.MIN_VALUE : min, max == null ? Long.MAX_VALUE : max);
    }

    @Override
    public Object convert(String text) {
        int length = text.length();
        if ((numDigits > 0 && length != numDigits) || length == 0) {
            return null;
        }
        char first = text.charAt(0);
        boolean negative = first == '-';
        int start = (negative || first == '+') ? 1 : 0;
        if (start == length) {
            return null;
        }
        // PERF: a hand-written loop instead of Long.parseLong, which throws (and fills a stack
        // trace) for every non-number; accumulating negatively reaches Long.MIN_VALUE too.
        long value = 0;
        for (int i = start; i < length; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9 || value < (Long.MIN_VALUE + digit) / 10) {
                return null;
            }
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                return null;
            }
            value = -value;
        }
        return value < min || value > max ? null : value;
    }
}
