package dev.peregrine.internal.text;

/**
 * Reads a number as Python's {@code float()} does, which is how Falcon reads float converters and
 * query parameters: decimal notation ({@code 1}, {@code -2.5}, {@code .5}, {@code 6.},
 * {@code 1e-3}) and the words {@code nan}, {@code inf} and {@code infinity} in any case, each
 * with an optional sign. A number too large for a double is infinite, as in Python.
 *
 * <p>Unlike {@code float()}, surrounding whitespace is not stripped (callers that allow it strip
 * first) and {@code _} between digits is refused.
 */
public final class PythonFloat {

    private PythonFloat() {
    }

    /** The number {@code text} spells, or {@code null} when it is not a number Python reads. */
    public static Double parse(String text) {
        int signLength = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (isDecimal(text, signLength)) {
            return Double.parseDouble(text);
        }
        if (isWord(text, signLength, "nan")) {
            return Double.NaN;
        }
        if (isWord(text, signLength, "inf") || isWord(text, signLength, "infinity")) {
            return text.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
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
