package dev.peregrine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidConverterTest {

    private static final FieldConverter UUIDS = new Converters().create("uuid", "");
    private static final UUID EXPECTED = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void canonicalFormBecomesAUuid() {
        assertEquals(EXPECTED, UUIDS.convert("6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
    }

    @Test
    void hyphensAreOptional() {
        assertEquals(EXPECTED, UUIDS.convert("6ba7b8109dad11d180b400c04fd430c8"));
    }

    @Test
    void upperCaseDigitsAreAccepted() {
        assertEquals(EXPECTED, UUIDS.convert("6BA7B810-9DAD-11D1-80B4-00C04FD430C8"));
    }

    @Test
    void urnPrefixIsAccepted() {
        assertEquals(EXPECTED, UUIDS.convert("urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
    }

    @Test
    void bracesAreAccepted() {
        assertEquals(EXPECTED, UUIDS.convert("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}"));
    }

    @Test
    void tooFewOrTooManyDigitsDoNotMatch() {
        assertNull(UUIDS.convert("6ba7b810-9dad-11d1-80b4-00c04fd430c"));
        assertNull(UUIDS.convert("6ba7b810-9dad-11d1-80b4-00c04fd430c80"));
    }

    @Test
    void nonHexadecimalCharactersDoNotMatch() {
        assertNull(UUIDS.convert("6ba7b810-9dad-11d1-80b4-00c04fd430cg"));
        assertNull(UUIDS.convert(" 6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
    }

    @Test
    void formatWritesTheCanonicalForm() {
        assertEquals("6ba7b810-9dad-11d1-80b4-00c04fd430c8", UUIDS.format(EXPECTED));
    }
}
