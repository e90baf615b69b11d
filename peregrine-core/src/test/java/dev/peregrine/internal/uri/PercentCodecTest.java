package dev.peregrine.internal.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PercentCodecTest {

    @Test
    void decodeFollowsFalconsExample() {
        assertEquals("a b c%zzé", PercentCodec.decode("a+b%20c%zz%C3%A9", true));
    }

    @Test
    void plusStaysInPaths() {
        assertEquals("a+b c", PercentCodec.decode("a+b%20c", false));
    }

    @Test
    void textWithoutEscapesIsReturnedAsIs() {
        String text = "plain-text";
        assertSame(text, PercentCodec.decode(text, true));
    }

    @Test
    void invalidUtf8BecomesReplacementCharacter() {
        assertEquals("\uFFFD", PercentCodec.decode("%FF", false));
        assertEquals("a\uFFFD", PercentCodec.decode("a%C3", false));
    }

    @Test
    void truncatedEscapeIsKept() {
        assertEquals("50%", PercentCodec.decode("50%", false));
        assertEquals("%4", PercentCodec.decode("%4", false));
        assertEquals("A", PercentCodec.decode("%41", false));
    }

    @Test
    void encodeUriKeepsReservedCharacters() {
        assertEquals("/a%20b/%C3%BC?x=1&y=%25", PercentCodec.encodeUri("/a b/ü?x=1&y=%"));
    }

    @Test
    void encodeValueKeepsOnlyUnreserved() {
        assertEquals("a%2Fb%20c", PercentCodec.encodeValue("a/b c"));
        assertEquals("AZaz09-._~", PercentCodec.encodeValue("AZaz09-._~"));
    }

    @Test
    void checkEscapedLeavesEncodedUrisAlone() {
        assertEquals("/a%20b", PercentCodec.encodeUriCheckEscaped("/a%20b"));
        assertEquals("/a%2520b%25zz", PercentCodec.encodeUriCheckEscaped("/a%20b%zz"));
        assertEquals("/%C3%BC", PercentCodec.encodeUriCheckEscaped("/ü"));
    }
}
