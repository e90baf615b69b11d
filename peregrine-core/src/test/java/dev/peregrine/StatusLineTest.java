package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatusLineTest {

    @Test
    void knownCodesHaveTheirReasonPhrase() {
        assertEquals("404 Not Found", StatusLine.of(404));
        assertEquals("201 Created", StatusLine.of(201));
        assertEquals("Created", StatusLine.reason(201));
    }

    @Test
    void unknownCodesAreUnknown() {
        assertEquals("299 Unknown", StatusLine.of(299));
        assertEquals("719 Unknown", StatusLine.of(719));
    }

    @Test
    void codeIsReadFromALine() {
        assertEquals(418, StatusLine.code("418 Teapot"));
        assertEquals(200, StatusLine.code("200"));
    }

    @Test
    void codesOutsideThreeDigitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusLine.of(99));
        assertThrows(IllegalArgumentException.class, () -> StatusLine.of(1000));
        assertThrows(IllegalArgumentException.class, () -> StatusLine.code("OK 200"));
    }
}
