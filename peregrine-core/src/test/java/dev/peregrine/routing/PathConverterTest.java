package dev.peregrine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathConverterTest {

    private static final FieldConverter PATH = new Converters().create("path", "");

    @Test
    void consumesMultipleSegments() {
        assertTrue(PATH.consumesMultipleSegments());
    }

    @Test
    void otherBuiltInsConsumeOneSegment() {
        assertFalse(new Converters().create("int", "").consumesMultipleSegments());
    }

    @Test
    void valueIsTheJoinedText() {
        assertEquals("a/b/c.txt", PATH.convert("a/b/c.txt"));
    }

    @Test
    void takesNoArguments() {
        assertEquals("converter 'path' takes no arguments but 1 was given",
                assertThrows(UnacceptableRouteException.class, () -> new Converters().create("path", "1"))
                        .getMessage());
    }
}
