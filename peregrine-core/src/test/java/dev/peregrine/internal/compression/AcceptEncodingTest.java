package dev.peregrine.internal.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

    private static final String[] GZIP = {"gzip"};
    private static final String[] ZSTD_THEN_GZIP = {"zstd", "gzip"};
    private static final int IDENTITY = AcceptEncoding.IDENTITY;

    @Test
    void absentHeaderMeansIdentity() {
        assertEquals(IDENTITY, AcceptEncoding.choose(null, GZIP));
    }

    @Test
    void emptyHeaderMeansIdentity() {
        assertEquals(IDENTITY, AcceptEncoding.choose("", GZIP));
    }

    @Test
    void listedCodingIsChosen() {
        assertEquals(0, AcceptEncoding.choose("gzip, deflate, br", GZIP));
    }

    @Test
    void namesAreCaseInsensitiveAndSpacesIgnored() {
        assertEquals(0, AcceptEncoding.choose("  GZip ;  Q=0.5 ", GZIP));
    }

    @Test
    void unlistedCodingIsNotChosen() {
        assertEquals(IDENTITY, AcceptEncoding.choose("br, deflate", GZIP));
    }

    @Test
    void zeroQualityRefusesACoding() {
        assertEquals(IDENTITY, AcceptEncoding.choose("gzip;q=0", GZIP));
        assertEquals(IDENTITY, AcceptEncoding.choose("gzip;q=0.000, br", GZIP));
    }

    @Test
    void starAcceptsUnlistedCodings() {
        assertEquals(0, AcceptEncoding.choose("*", GZIP));
        assertEquals(IDENTITY, AcceptEncoding.choose("*, gzip;q=0", GZIP));
    }

    @Test
    void highestQualityWins() {
        assertEquals(1, AcceptEncoding.choose("zstd;q=0.5, gzip;q=0.8", ZSTD_THEN_GZIP));
        assertEquals(0, AcceptEncoding.choose("zstd;q=0.9, gzip;q=0.8", ZSTD_THEN_GZIP));
    }

    @Test
    void tiesGoToTheServersOrder() {
        assertEquals(0, AcceptEncoding.choose("gzip, zstd", ZSTD_THEN_GZIP));
        assertEquals(0, AcceptEncoding.choose("*", ZSTD_THEN_GZIP));
    }

    @Test
    void identityPreferredAboveEveryCodingWins() {
        assertEquals(IDENTITY, AcceptEncoding.choose("gzip;q=0.5, identity", GZIP));
    }

    @Test
    void identityTiedWithACodingLosesToCompression() {
        assertEquals(0, AcceptEncoding.choose("gzip, identity", GZIP));
    }

    @Test
    void refusingIdentityStillAllowsAListedCoding() {
        assertEquals(0, AcceptEncoding.choose("gzip, identity;q=0", GZIP));
        assertEquals(0, AcceptEncoding.choose("*;q=0, gzip", GZIP));
    }

    @Test
    void nothingAcceptableFallsBackToIdentity() {
        assertEquals(IDENTITY, AcceptEncoding.choose("br, identity;q=0", GZIP));
        assertEquals(IDENTITY, AcceptEncoding.choose("*;q=0", GZIP));
    }

    @Test
    void xGzipIsGzip() {
        assertEquals(0, AcceptEncoding.choose("x-gzip", GZIP));
    }

    @Test
    void malformedQualityIgnoresTheElement() {
        assertEquals(IDENTITY, AcceptEncoding.choose("gzip;q=2", GZIP));
        assertEquals(IDENTITY, AcceptEncoding.choose("gzip;q=abc", GZIP));
        assertEquals(IDENTITY, AcceptEncoding.choose("gzip;q=0.12345", GZIP));
        assertEquals(IDENTITY, AcceptEncoding.choose("gzip;q=1.5", GZIP));
        assertEquals(0, AcceptEncoding.choose("gzip;q=oops, gzip;q=0.3", GZIP));
    }

    @Test
    void otherParametersAreIgnored() {
        assertEquals(0, AcceptEncoding.choose("gzip;level=9;q=1.000", GZIP));
    }

    @Test
    void aCodingNameMustMatchWhole() {
        assertEquals(IDENTITY, AcceptEncoding.choose("gzipped, xgzip", GZIP));
    }
}
