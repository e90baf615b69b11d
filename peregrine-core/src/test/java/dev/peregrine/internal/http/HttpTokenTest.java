package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpTokenTest {

    @Test
    void lettersDigitsAndTokenSymbolsFormAToken() {
        assertTrue(HttpToken.isToken("Az09!#$%&'*+-.^_`|~"));
    }

    @Test
    void separatorsSpaceAndNonAsciiAreNotTokenCharacters() {
        for (char c : "()<>@,;:\\\"/[]?={} \té\u007f".toCharArray()) {
            assertFalse(HttpToken.isTokenChar(c), "character " + (int) c);
        }
    }

    @Test
    void emptyTextIsNotAToken() {
        assertFalse(HttpToken.isToken(""));
    }

    @Test
    void tokenEndStopsAtTheFirstNonTokenCharacter() {
        assertEquals(14, HttpToken.tokenEnd("for=192.0.2.43:80", 4));
    }
}
