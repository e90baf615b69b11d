package dev.peregrine.routing;

/**
 * The {@code float} converter, {@code float(min=None, max=None, finite=True)}: a decimal number
 * as Python's {@code float()} reads it ({@code 1}, {@code -2.5}, {@code .5}, {@code 6.}, {@code 1e-3}),
 * as a {@link Double}.
 *
 * <p>As in Falcon, whitespace is rejected, and so are {@code nan} and {@code inf} (in any case, also
 * {@code infinity}, or a number too large for a double) unless {@code finite=false}. {@code min}
 * and {@code max} are inclusive.
 */
final class FloatConverter implements FieldConverter {

    private final double min;
    private final double max;
    private final boolean finite;

    private FloatConverter(double min, double max, boolean finite) {
        this.min = min;
        this.max = max;
        this.finite = finite;
    }

    /** Makes the converter from {@code float(...)}'s arguments. */
    static FloatConverter create(ConverterArguments arguments) {
        ConverterArguments bound = arguments.bind("float", "min", "max", "finite");
        Double min = bound.decimal("min");
        Double max = bound.decimal("max");
        if (min != null && max != null && min > max) {
            throw new UnacceptableRouteException("converter 'float' has min=" + min + " greater than max=" + max
                    + ", so nothing could match; swap them");
        }
        Boolean finite = bound.bool("finite");
        return new FloatConverter(min == null ? Double.NEGATIVE_INFINITY : min,
                max == null ? Double.POSITIVE_INFINITY : max, finite == null || finite);
    }

    @Override
    public Object convert(String text) {
        double value;
        int signLength = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (isDecimal(text, signLength)) {
            value = Double.parseDouble(text);
        } else if (isWord(text, signLength, "nan")) {
            value = Double.NaN;
        } else if (isWord(text, signLength, "inf") || isWord(text, signLength, "infinity")) {
            value = text.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else {
            return null;
        }
        if (finite && !Double.isFinite(value)) {
            return null;
        }
        // NOTE: as in Python, NaN compares false with both bounds, so it passes them.
        return value < min || value > max ? null : value;
    }

    /**
     * Checks the syntax Python accepts, because Double.parseDouble also takes what Python does not:
     * surrounding whitespace, hexadecimal and a trailing {@code d} or {@code f}.
     */
    private static boolean isDecimal(String text, int start) {
        int length = text.length();
        int i = start;
        int digits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == exponentStart) {
                return false;
            }
        }
        return i == length;
    }

    private static boolean isWord(String text, int start, String word) {
        return text.length() - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
