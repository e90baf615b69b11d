package dev.peregrine.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that refuses numbers too large for the {@code double} or {@code float} they are read
 * as. Jackson reads {@code 1e999} as Infinity, which no JSON number can express and which would be
 * written back as the string {@code "Infinity"}; here reading it throws an
 * {@link InputCoercionException} naming the target type, as Jackson does for an {@code int} out
 * of range, and {@link JsonErrorTranslator} describes both alike.
 *
 * <p>Only the accessors Jackson's deserializers use for doubles and floats are checked: typed
 * fields and arrays ({@link #getDoubleValue()}, {@link #getFloatValue()}) and untyped maps, lists
 * and trees ({@link #getNumberValue()}). Big-decimal reads are untouched, so a
 * {@link java.math.BigDecimal} keeps any exponent exactly.
 *
 * <p>NOTE: values Jackson buffers before it knows their target (properties ahead of a polymorphic
 * type id, {@code @JsonUnwrapped} members) are replayed from its token buffer, not this parser,
 * and are not checked.
 */
public final class FiniteNumberParser extends JsonParserDelegate {

    /** Wraps {@code parser}; closing this parser closes it. */
    public FiniteNumberParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public double getDoubleValue() throws IOException {
        double value = delegate.getDoubleValue();
        if (Double.isInfinite(value)) {
            throw outOfRange(double.class);
        }
        return value;
    }

    @Override
    public float getFloatValue() throws IOException {
        float value = delegate.getFloatValue();
        if (Float.isInfinite(value)) {
            throw outOfRange(float.class);
        }
        return value;
    }

    @Override
    public Number getNumberValue() throws IOException {
        Number value = delegate.getNumberValue();
        // NOTE: JSON text parsers give Integer, Long, BigInteger, Double or BigDecimal; only a
        // Double can have overflowed.
        if (value instanceof Double number && number.isInfinite()) {
            throw outOfRange(double.class);
        }
        return value;
    }

    private InputCoercionException outOfRange(Class<?> target) {
        return new InputCoercionException(this, "Numeric value out of range of " + target.getName(),
                currentToken(), target);
    }
}
