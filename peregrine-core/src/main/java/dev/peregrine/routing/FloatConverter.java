package dev.peregrine.routing;

import dev.peregrine.internal.text.PythonFloat;

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
        Double value = PythonFloat.parse(text);
        if (value == null || finite && !Double.isFinite(value)) {
            return null;
        }
        // NOTE: as in Python, NaN compares false with both bounds, so it passes them.
        return value < min || value > max ? null : value;
    }
}
