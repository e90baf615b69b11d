package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void asciiNameIsQuoted() {
        assertEquals("attachment; filename=\"report.pdf\"", ContentDisposition.format("attachment", "report.pdf"));
    }

    @Test
    void inlineTypeIsWrittenAsGiven() {
        assertEquals("inline; filename=\"photo.png\"", ContentDisposition.format("inline", "photo.png"));
    }

    @Test
    void quotesAndBackslashesInAsciiNameAreEscaped() {
        assertEquals("attachment; filename=\"a \\\"b\\\" c\\\\d.txt\"",
                ContentDisposition.format("attachment", "a \"b\" c\\d.txt"));
    }

    @Test
    void nonAsciiNameGetsAsciiFallbackAndUtf8Name() {
        assertEquals("attachment; filename=\"r_sum_ \\\"x\\\".pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22x%22.pdf",
                ContentDisposition.format("attachment", "résumé \"x\".pdf"));
    }

    @Test
    void characterOutsideTheBasicPlaneBecomesOneUnderscore() {
        assertEquals("attachment; filename=\"_.txt\"; filename*=UTF-8''%F0%9F%98%80.txt",
                ContentDisposition.format("attachment", "\uD83D\uDE00.txt"));
    }

    @Test
    void controlCharacterIsTreatedLikeNonAscii() {
        assertEquals("attachment; filename=\"a_b\"; filename*=UTF-8''a%0Ab",
                ContentDisposition.format("attachment", "a\nb"));
    }
}
