package dev.peregrine.routing;

import dev.peregrine.internal.text.PythonUuid;

/**
 * The {@code uuid} converter: 32 hexadecimal digits in either case, as Python's {@code UUID()}
 * reads them, as a {@link java.util.UUID}.
 *
 * <p>Hyphens may appear anywhere or not at all, and the text may start with {@code urn:uuid:} and
 * be wrapped in braces: {@code 6ba7b810-9dad-11d1-80b4-00c04fd430c8},
 * {@code 6BA7B8109DAD11D180B400C04FD430C8} and {@code urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8}
 * are the same value. Reverse routing writes the canonical lower-case hyphenated form.
 */
final class UuidConverter implements FieldConverter {

    static final UuidConverter INSTANCE = new UuidConverter();

    private UuidConverter() {
    }

    /** Makes the converter from {@code uuid}'s arguments, of which there are none. */
    static UuidConverter create(ConverterArguments arguments) {
        arguments.bind("uuid");
        return INSTANCE;
    }

    @Override
    public Object convert(String text) {
        return PythonUuid.parse(text);
    }
}
