package dev.peregrine.internal.multipart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SecureFilenameTest {

    @Test
    void pathEscapeWithAnAccentBecomesFalconsExample() {
        assertEquals("_._.._etc_pa_sswd_.txt", SecureFilename.of("../../etc/p\u00e4sswd .txt"));
    }

    @Test
    void safeNameIsKept() {
        assertEquals("report-2024_v1.2.pdf", SecureFilename.of("report-2024_v1.2.pdf"));
    }

    @Test
    void accentedLettersKeepTheirBaseLetter() {
        assertEquals("A_ngstro_m_unit_physics.pdf", SecureFilename.of("\u00c5ngstr\u00f6m unit physics.pdf"));
    }

    @Test
    void compatibilityCharactersDecomposeToAscii() {
        assertEquals("Bold_Digit_1", SecureFilename.of("Bold Digit \ud835\udfcf"));
    }

    @Test
    void leadingDotBecomesAnUnderscore() {
        assertEquals("_htaccess", SecureFilename.of(".htaccess"));
    }

    @Test
    void onlyTheFirstLeadingDotIsReplaced() {
        assertEquals("_.hidden", SecureFilename.of("..hidden"));
    }

    @Test
    void characterOutsideTheBasicPlaneBecomesOneUnderscore() {
        assertEquals("_x.png", SecureFilename.of("\ud83d\ude00x.png"));
    }

    @Test
    void emptyNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SecureFilename.of(""));
    }
}
