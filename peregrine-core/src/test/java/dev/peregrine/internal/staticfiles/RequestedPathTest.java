package dev.peregrine.internal.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestedPathTest {

    private static final String PREFIX = "/s/";

    private static String normalize(String remainder) {
        return RequestedPath.normalize(PREFIX + remainder, PREFIX.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.txt         | a.txt",
        "css/site.css  | css/site.css",
        "css/          | css",
        "./a.txt       | a.txt",
        "css/../a.txt  | a.txt",
        "a/b/../../c   | c",
        "a/../         | ''",
        "a b/c d.txt   | a b/c d.txt",
        "é/ü.txt       | é/ü.txt",
        "a.b.c         | a.b.c",
        ".hidden       | .hidden",
    })
    void acceptedPathsAreNormalized(String remainder, String relative) {
        assertEquals(relative, normalize(remainder));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/a", "a//b", "../a", "a/../../b", "..", ".", "a/..", "a/.", "a.", "a ", " a", "a./b", "a /b", "...",
        "a\u0000", "a\u001f", "a\u007f", "a\u0080", "a\u009f", "a\ufffd", "\ta",
        "~a", "a?", "a<", "a>", "a:", "a*", "a|", "a'", "a\"", "a\\b",
    })
    void refusedPathsGiveNull(String remainder) {
        assertNull(normalize(remainder));
    }

    @Test
    void theBarePrefixNamesTheDirectory() {
        assertEquals("", RequestedPath.normalize("/s", PREFIX.length()));
        assertEquals("", RequestedPath.normalize("/s/", PREFIX.length()));
    }

    @Test
    void exactly512CharactersAreAcceptedAndOneMoreRefused() {
        assertEquals("a".repeat(512), normalize("a".repeat(512)));
        assertNull(normalize("a".repeat(513)));
    }
}
